import { getDefaultNormalizer } from '@testing-library/react';

/**
 * For `getByText` on typeset text: by default Testing Library folds every space of the page
 * into an ordinary one, U+202F included, so « Et ensuite\u202f? » would never match itself.
 * This compares the text as shown, its spaces as they are.
 */
export const exactText = { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) };
