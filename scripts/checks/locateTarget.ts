import ts from 'typescript';

/**
 * XState refuses a machine whose transition targets a missing state before the engine can read
 * it, and its message names only the target. This finds, in the flow's source, the state whose
 * `target: '<target>'` it is, so the author is told where to look.
 */
export function locateTarget(source: string, target: string): string | undefined {
  const file = ts.createSourceFile('flow.ts', source, ts.ScriptTarget.Latest, true);
  let found: string | undefined;
  const visit = (node: ts.Node) => {
    if (
      found === undefined &&
      ts.isPropertyAssignment(node) &&
      node.name.getText(file) === 'target' &&
      ts.isStringLiteralLike(node.initializer) &&
      node.initializer.text === target
    ) {
      found = enclosingState(node, file);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Walks up to the property of `states: { … }` that contains the node: the state's name. */
function enclosingState(node: ts.Node, file: ts.SourceFile): string | undefined {
  for (let current = node; !ts.isSourceFile(current); current = current.parent) {
    const property = current.parent;
    // `states: { name: { … } }`: the state is a property of the object that `states` holds.
    if (
      ts.isPropertyAssignment(current) &&
      ts.isObjectLiteralExpression(property) &&
      ts.isPropertyAssignment(property.parent) &&
      property.parent.name.getText(file) === 'states'
    ) {
      return current.name.getText(file).replace(/^['"]|['"]$/g, '');
    }
  }
  return undefined;
}
