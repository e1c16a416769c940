// Starts the app in the page: shared by the single-file page (where xtask inlines it after the
// wasm-bindgen glue, with the wasm as base64) and the hosted site (start.js imports the glue).
// The INIT placeholder below is replaced by how this build loads its wasm.
const root = document.getElementById("app");
try {
  if (location.protocol === "file:") document.getElementById("save-offline")?.remove();
  {{INIT}}
  mount(root);
} catch (error) {
  root.textContent = "";
  const box = root.appendChild(document.createElement("div"));
  box.className = "govuk-error-summary";
  box.setAttribute("role", "alert");
  box.textContent = "protocol-check could not start in this browser: " + error;
}
