// altcha-lib declares its types through package "exports", which this project's module resolution does not read:
// point TypeScript at the same CommonJS build Node loads.
declare module 'altcha-lib' {
  export * from 'altcha-lib/dist/cjs/v2/index';
}
declare module 'altcha-lib/algorithms/sha' {
  export * from 'altcha-lib/dist/cjs/v2/algorithms/sha';
}
declare module 'altcha-lib/frameworks/shared' {
  export * from 'altcha-lib/dist/cjs/v2/frameworks/shared';
}
