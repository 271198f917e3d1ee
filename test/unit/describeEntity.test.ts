import assert from 'node:assert/strict';
import { describeEntity } from '../../src/core/cards/describe';
import { loadBundledGazetteer } from '../../src/core/gazetteer/bundled';

const index = loadBundledGazetteer();

describe('describeEntity (a speaker in a few words)', () => {
  it('says what an organisation is and whose, from its type or its kind of organisation', () => {
    assert.equal(describeEntity('kcna', index), 'State news agency · North Korea');
    assert.equal(describeEntity('rosneft', index), 'Oil producer (state-controlled) · Russia');
    assert.equal(describeEntity('hun-tisza', index), 'Party · Hungary');
    assert.equal(describeEntity('sipri', index), 'Peace research institute');
  });

  it('gives a person\'s office and country, and nothing for what it does not know', () => {
    assert.equal(describeEntity('subrahmanyam-jaishankar', index), 'External Affairs Minister of India');
    assert.equal(describeEntity('no-such-entry', index), undefined);
    // A place says nothing more than its name.
    assert.equal(describeEntity('ind', index), undefined);
  });
});
