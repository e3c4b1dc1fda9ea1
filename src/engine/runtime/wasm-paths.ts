/**
 * The tfjs wasm binaries, served from our own origin (bundled by Vite, no CDN). Only the
 * single-threaded ones: backend.ts turns threads off (tfjs-backend-wasm 4.22's threaded
 * build breaks once bundled, tfjs#4107), so the threaded binary is not built or cached.
 * setWasmPaths wants an entry for it all the same; the name points nowhere on purpose,
 * so a request for it would fail loudly instead of loading the wrong binary.
 */
import plain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';

export const wasmPaths = {
  'tfjs-backend-wasm.wasm': plain,
  'tfjs-backend-wasm-simd.wasm': simd,
  'tfjs-backend-wasm-threaded-simd.wasm': 'threads-are-off.wasm',
};
