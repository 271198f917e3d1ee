/** The figure recogniser (money, percentages, quantities, dates, periods). The entry file of the area. */
export { recogniseFigures, type RecogniseOptions } from './recognise';
