import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** What a repository expects of one result column, read from the row type its SQL is given. */
export interface ExpectedColumn {
  name: string;
  /** The runtime kinds the TypeScript type allows: 'string', 'number', 'boolean', 'Date', 'null', 'array', 'other'. */
  kinds: Set<string>;
  optional: boolean;
}

/** One raw SQL statement of a repository, in every variant its conditionals can build, with its row type if it has one. */
export interface RepositoryStatement {
  where: string;
  variants: string[];
  /** Undefined when the result is not given a row type (a write, or rows used untyped). */
  columns?: ExpectedColumn[];
}

export interface RepositorySql {
  statements: RepositoryStatement[];
  /** Raw SQL calls whose text could not be worked out statically (built in a loop, from input, …): where they are. */
  unresolved: string[];
}

const MAX_VARIANTS = 32;
type Env = Map<ts.Symbol, string[]>;

/** Every `*.repository.ts` under server/src, read with the TypeScript type checker (no code of ours is run). */
export function repositorySql(root: string): RepositorySql {
  const src = join(root, 'server', 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.repository.ts'))
    .map((f) => join(src, f));
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'server', 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  )!;
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const result: RepositorySql = { statements: [], unresolved: [] };

  const declarationOf = (node: ts.Node): ts.Declaration | undefined => {
    let symbol = checker.getSymbolAtLocation(node);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    return symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  };

  const combine = (parts: string[][]): string[] | undefined =>
    parts.reduce<string[] | undefined>(
      (acc, options) => {
        if (!acc) return undefined;
        const next = acc.flatMap((a) => options.map((o) => a + o));
        return next.length > MAX_VARIANTS ? undefined : next;
      },
      [''],
    );

  /** The text an expression can evaluate to (each variant), or undefined when it depends on something unknown. */
  const evaluate = (node: ts.Expression, env: Env): string[] | undefined => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
    if (ts.isNumericLiteral(node)) return [node.text];
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return evaluate(node.expression, env);
    if (ts.isTemplateExpression(node)) {
      const parts: string[][] = [[node.head.text]];
      for (const span of node.templateSpans) {
        const value = evaluate(span.expression, env);
        if (!value) return undefined;
        parts.push(value, [span.literal.text]);
      }
      return combine(parts);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = evaluate(node.left, env);
      const right = left && evaluate(node.right, env);
      return right && combine([left!, right]);
    }
    if (ts.isConditionalExpression(node)) {
      const whenTrue = evaluate(node.whenTrue, env);
      const whenFalse = whenTrue && evaluate(node.whenFalse, env);
      return whenFalse && [...new Set([...whenTrue!, ...whenFalse])];
    }
    if (ts.isIdentifier(node)) {
      let symbol = checker.getSymbolAtLocation(node);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      if (symbol && env.has(symbol)) return env.get(symbol);
      const declaration = symbol?.valueDeclaration;
      if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) {
        return evaluate(declaration.initializer, env);
      }
      return undefined;
    }
    if (ts.isCallExpression(node)) {
      // [a, b].join(sep)
      if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join' && ts.isArrayLiteralExpression(node.expression.expression)) {
        const items = node.expression.expression.elements.map((e) => evaluate(e, env));
        const separator = node.arguments[0] ? evaluate(node.arguments[0], env) : [','];
        if (items.some((i) => !i || i.length !== 1) || !separator || separator.length !== 1) return undefined;
        return [items.map((i) => i![0]).join(separator[0])];
      }
      // A helper that builds SQL from its arguments: evaluated with the arguments bound to its parameters.
      const declaration = declarationOf(node.expression);
      const fn =
        declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isArrowFunction(declaration.initializer)
          ? declaration.initializer
          : declaration && (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration))
            ? declaration
            : undefined;
      if (!fn?.body) return undefined;
      const inner: Env = new Map(env);
      for (const [index, parameter] of fn.parameters.entries()) {
        const argument = node.arguments[index] ?? parameter.initializer;
        const symbol = checker.getSymbolAtLocation(parameter.name);
        if (!symbol) return undefined;
        if (!argument) continue;
        const value = evaluate(argument, env);
        if (value) inner.set(symbol, value);
      }
      if (!ts.isBlock(fn.body)) return evaluate(fn.body, inner);
      const returns = fn.body.statements.filter(ts.isReturnStatement);
      return returns.length === 1 && returns[0].expression ? evaluate(returns[0].expression, inner) : undefined;
    }
    return undefined;
  };

  const kindsOf = (type: ts.Type, into = new Set<string>()): Set<string> => {
    if (type.isUnion()) {
      for (const t of type.types) kindsOf(t, into);
      return into;
    }
    const flags = type.getFlags();
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) into.add('any');
    else if (flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) into.add('null');
    else if (flags & ts.TypeFlags.StringLike) into.add('string');
    else if (flags & ts.TypeFlags.NumberLike) into.add('number');
    else if (flags & ts.TypeFlags.BooleanLike) into.add('boolean');
    else if (checker.isArrayType(type) || checker.isTupleType(type)) into.add('array');
    else if (type.getSymbol()?.getName() === 'Date') into.add('Date');
    else into.add('other');
    return into;
  };

  /** The row type of a result: Promise<Row[]> → Row, Row[] → Row; undefined for anything without named properties. */
  const rowOf = (type: ts.Type | undefined): ts.Type | undefined => {
    if (!type) return undefined;
    const awaited = checker.getAwaitedType(type) ?? type;
    const row = checker.isArrayType(awaited) || checker.isTupleType(awaited) ? checker.getTypeArguments(awaited as ts.TypeReference)[0] : awaited;
    if (!row || row.getFlags() & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Void) || row.isUnion()) return undefined;
    return row.getProperties().length ? row : undefined;
  };

  /** Where the code says what the rows are: a type argument, an `as`, an annotated variable or the method's return type. */
  const declaredRow = (call: ts.CallExpression, isPrepared: boolean): ts.Type | undefined => {
    if (call.typeArguments?.length) {
      const given = checker.getTypeFromTypeNode(call.typeArguments[0]);
      return isPrepared ? (given.getProperties().length ? given : undefined) : rowOf(given);
    }
    let node: ts.Node = call;
    while (ts.isParenthesizedExpression(node.parent) || ts.isAwaitExpression(node.parent)) node = node.parent;
    const parent = node.parent;
    if (ts.isAsExpression(parent)) return rowOf(checker.getTypeFromTypeNode(parent.type));
    if (ts.isVariableDeclaration(parent) && parent.type) return rowOf(checker.getTypeFromTypeNode(parent.type));
    if (ts.isReturnStatement(parent) || ts.isArrowFunction(parent)) {
      const fn = ts.findAncestor(parent, ts.isFunctionLike);
      if (fn?.type) return rowOf(checker.getTypeFromTypeNode(fn.type));
    }
    return undefined;
  };

  const visit = (node: ts.Node, file: ts.SourceFile) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isPrepared = ts.isIdentifier(callee) && callee.text === 'preparedQuery';
      const isQuery = ts.isPropertyAccessExpression(callee) && callee.name.text === 'query';
      const sqlArgument = isPrepared ? node.arguments[1] : isQuery ? node.arguments[0] : undefined;
      if (sqlArgument) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        const where = `${relative(root, file.fileName)}:${line + 1}`;
        const variants = evaluate(sqlArgument, new Map());
        if (!variants) result.unresolved.push(where);
        else {
          const row = declaredRow(node, isPrepared);
          const columns = row?.getProperties().map((property) => ({
            name: property.getName(),
            kinds: kindsOf(checker.getTypeOfSymbolAtLocation(property, node)),
            optional: (property.getFlags() & ts.SymbolFlags.Optional) !== 0,
          }));
          result.statements.push({ where, variants, columns });
        }
      }
    }
    ts.forEachChild(node, (child) => visit(child, file));
  };
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    visit(source, source);
  }
  return result;
}
