// Apply the saved or system theme before first paint, so there is no flash of the wrong theme.
// A separate file, not an inline script, so a strict Content-Security-Policy (script-src 'self') allows it.
(() => {
  let saved = null;
  try {
    saved = localStorage.getItem('appgen-theme');
  } catch {}
  const dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.classList.toggle('dark', dark);
})();
