
// -----------------------------------------------------------------------------
// LaborLens: the wasm compiled once, warmed up in a worker, then run here
// -----------------------------------------------------------------------------
// The browser compiles a WebAssembly function the first time it is called,
// on the thread that calls it, and the page's thread was blocked for most
// of its start doing so; the compiled code belongs to the module, shared by
// every thread that instantiates it. So the module is compiled once and
// handed to a worker (web/warm.js), which runs the start of the same
// program off this thread first; this page then instantiates the same
// module and runs it. Where a worker cannot start (a sandboxed embed's
// opaque origin) or fails, or does not answer in laborlensWarmTimeout ms,
// the page runs the module at once. <html data-warm> says which it was:
// "done", "failed" (laborlensWarmError says why), "timeout" or "none".
const laborlensWarmTimeout = 4000;

async function laborlensInstantiate(response, importObject) {
  const module = WebAssembly.compileStreaming
    ? await WebAssembly.compileStreaming(response)
    : await WebAssembly.compile(await (await response).arrayBuffer());
  document.documentElement.dataset.warm = await laborlensWarm(module);
  return {module, instance: await WebAssembly.instantiate(module, importObject)};
}

function laborlensWarm(module) {
  return new Promise((resolve) => {
    let worker;
    try {
      worker = new Worker(goappEnv.GOAPP_STATIC_RESOURCES_URL + "/warm.js");
    } catch (err) {
      resolve("none");
      return;
    }
    let timer;
    const done = (how) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(how);
    };
    timer = setTimeout(() => done("timeout"), laborlensWarmTimeout);
    worker.onmessage = (e) => {
      window.laborlensWarmError = e.data.error;
      done(e.data.ok ? "done" : "failed");
    };
    worker.onerror = (e) => {
      e.preventDefault();
      done("failed");
    };
    try {
      worker.postMessage({module, href: location.href, env: goappEnv});
    } catch (err) {
      done("none");
    }
  });
}
