// opus-encdec ships no types: its libopus build is an emscripten module, typed where it is used
// (js-opus-encoder.ts).
declare module 'opus-encdec/dist/libopus-encoder.js' {
  const libopus: unknown;
  export default libopus;
}
