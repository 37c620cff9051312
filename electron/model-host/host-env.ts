// The model host's environment: an allow-list, never the user's full environment. The host runs
// llama.cpp's native code on patient text, so it gets only what it and node-llama-cpp read (where to
// find binaries, libraries, a home and a temp folder, which GPU to use) and Lockscribe's own knobs.

/** Exact names passed through when set. */
const NAMES = new Set([
  // Finding executables, shared libraries (CUDA's libcuda, Vulkan loaders) and a writable home/temp.
  'PATH', 'HOME', 'USERPROFILE', 'TMPDIR', 'TMP', 'TEMP', 'LD_LIBRARY_PATH', 'DYLD_LIBRARY_PATH',
  'XDG_CACHE_HOME', 'APPDATA', 'LOCALAPPDATA', 'SYSTEMROOT', 'SystemRoot', 'WINDIR', 'windir',
  // GPU selection and drivers.
  'CUDA_VISIBLE_DEVICES', 'CUDA_DEVICE_ORDER', 'CUDA_PATH', 'CUDA_HOME',
  'VK_ICD_FILENAMES', 'VK_DRIVER_FILES', 'VK_ADD_DRIVER_FILES', 'VK_LAYER_PATH', 'VK_LOADER_DEBUG',
  'HIP_VISIBLE_DEVICES', 'ROCR_VISIBLE_DEVICES', 'GPU_DEVICE_ORDINAL', 'DRI_PRIME',
  '__NV_PRIME_RENDER_OFFLOAD', '__GLX_VENDOR_LIBRARY_NAME',
  // node-llama-cpp's own switches that matter at run time (GPU choice, log level).
  'NODE_LLAMA_CPP_GPU', 'NODE_LLAMA_CPP_LOG_LEVEL',
  // What the host reads itself.
  'LOCKSCRIBE_THREADS', 'LOCKSCRIBE_CONTEXT_SIZE', 'LOCKSCRIBE_HOST_TEST_HOOKS', 'LOCKSCRIBE_LOG',
]);

/** Name prefixes passed through: llama.cpp's GGML_* tuning switches. */
const PREFIXES = ['GGML_'];

export function isHostEnvName(name: string): boolean {
  return NAMES.has(name) || PREFIXES.some((p) => name.startsWith(p));
}

/** The environment to start the model host with, taken from `env` (the parent's, by default). */
export function hostEnvironment(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && isHostEnvName(name)) out[name] = value;
  }
  return out;
}
