import assert from 'node:assert/strict';
import { resolveInside } from '../../src/core/workspacePath';

const ROOT = '/home/ana/articles';

describe('paths named by settings stay inside the workspace folder', () => {
  it('resolves relative paths, ${workspaceFolder}, "." and inner ".."', () => {
    assert.deepEqual(resolveInside(ROOT, '.geolens/claims.json'), { path: '/home/ana/articles/.geolens/claims.json' });
    assert.deepEqual(resolveInside(ROOT, './notes/../notes/claims.json'), { path: '/home/ana/articles/notes/claims.json' });
    assert.deepEqual(resolveInside(ROOT, '${workspaceFolder}/gaz/extra.yaml'), { path: '/home/ana/articles/gaz/extra.yaml' });
    assert.deepEqual(resolveInside(ROOT, '/home/ana/articles/sub/x.yaml'), { path: '/home/ana/articles/sub/x.yaml' });
    assert.deepEqual(resolveInside(ROOT, 'notes\\claims.json'), { path: '/home/ana/articles/notes/claims.json' });
  });

  it('refuses whatever leads outside: "..", absolute paths elsewhere, the home folder, URIs, drives, the folder itself', () => {
    for (const setting of ['../../victim/.bashrc', '../articles-old/claims.json', '/etc/passwd', '/home/ana/articlesX/a.json', '~/.bashrc', 'file:///etc/passwd', 'C:\\Windows\\x.json', '${workspaceFolder}/../x', '', '.', 'a/../..', '/../../../..']) {
      assert.ok('error' in resolveInside(ROOT, setting), setting);
    }
  });
});
