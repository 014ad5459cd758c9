/*! LaborLens warm-up worker. The browser compiles a WebAssembly function
 *  the first time it is called, on the thread that calls it; the compiled
 *  code belongs to the module and serves every thread that instantiates
 *  it. The page (go-app's app.js, as the server rewrites it) compiles the
 *  app's module once and hands it here first: this worker runs the start
 *  of the same program (the dataset decoded, the search index, the first
 *  mount into the stand-in DOM below; see wasm/warm.go), so the functions
 *  the page's start calls are compiled when the page calls them, and the
 *  page's thread is not blocked compiling them. It answers one message,
 *  {module, href, env}, with {ok, error}; the page then ends it. */
"use strict";
importScripts("/wasm_exec.js");

// A stand-in for the DOM nodes go-app creates and fills while it mounts a
// page: nothing is drawn, nothing is kept.
class WarmNode {
  constructor(tagName, nodeValue) {
    this.tagName = tagName;
    this.nodeValue = nodeValue;
    this.childNodes = [];
    this.attributes = new Map();
    this.style = {setProperty() {}, removeProperty() {}};
    this.dataset = {};
    this.value = "";
    this.innerHTML = "";
    this.innerText = "";
    this.isConnected = false;
  }
  get firstChild() { return this.childNodes[0] || null; }
  get firstElementChild() { return this.childNodes.find((n) => n && n.tagName) || null; }
  get parentElement() { return null; }
  setAttribute(k, v) { this.attributes.set(k, String(v)); }
  getAttribute(k) { return this.attributes.has(k) ? this.attributes.get(k) : null; }
  hasAttribute(k) { return this.attributes.has(k); }
  removeAttribute(k) { this.attributes.delete(k); }
  appendChild(c) { this.childNodes.push(c); return c; }
  insertBefore(c, ref) {
    this.remove(c);
    const i = this.childNodes.indexOf(ref);
    this.childNodes.splice(i < 0 ? this.childNodes.length : i, 0, c);
    return c;
  }
  removeChild(c) { this.remove(c); return c; }
  replaceChild(n, o) {
    const i = this.childNodes.indexOf(o);
    if (i >= 0) this.childNodes[i] = n;
    return o;
  }
  replaceChildren() { this.childNodes = []; }
  remove(c) {
    const i = this.childNodes.indexOf(c);
    if (i >= 0) this.childNodes.splice(i, 1);
  }
  contains() { return false; }
  addEventListener() {}
  removeEventListener() {}
  querySelector() { return null; }
  querySelectorAll() { return []; }
}

function warmDocument() {
  const body = new WarmNode("BODY");
  body.appendChild(new WarmNode("DIV"));
  return {
    body,
    documentElement: new WarmNode("HTML"),
    createElement: (tag) => new WarmNode(tag.toUpperCase()),
    createElementNS: (ns, tag) => new WarmNode(tag),
    createTextNode: (text) => new WarmNode(undefined, text),
    getElementById: () => null,
    querySelector: () => null,
    querySelectorAll: () => [],
    addEventListener() {},
    removeEventListener() {},
  };
}

self.onmessage = async (e) => {
  self.onmessage = null;
  const {module, href, env} = e.data;
  // What go-app and the program read of the page: its address, go-app's
  // environment (the versioned resources' URL), a document.
  Object.defineProperty(self, "location", {value: {href}});
  self.goappGetenv = (k) => env[k];
  self.document = warmDocument();
  self.matchMedia = () => ({matches: false, addEventListener() {}, removeEventListener() {}});
  self.laborlensWarmWorker = true;
  try {
    const go = new Go();
    const instance = await WebAssembly.instantiate(module, go.importObject);
    await go.run(instance);
    postMessage({ok: !self.laborlensWarmError, error: self.laborlensWarmError || ""});
  } catch (err) {
    postMessage({ok: false, error: String(err)});
  }
};
