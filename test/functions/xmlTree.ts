/** The manifest tests' XML tree: the one npm run validate uses. */
export * from '../../scripts/xmlTree';
