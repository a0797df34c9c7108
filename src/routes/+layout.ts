// Every page is prerendered to static HTML (adapter-static) and reads fully without JS.
export const prerender = true;
// Pages live at directory URLs: /read/, /read/overview/, /networks/.
export const trailingSlash = 'always';
