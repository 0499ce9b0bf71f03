/** Not a translation: an empty English text and no keywords. */
export default {
  flow: { 'Câble débranché': '' },
  keywords: [],
  symptoms: [],
  states: {},
};
