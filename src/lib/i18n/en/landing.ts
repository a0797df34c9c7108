// The landing page (/).
export const landing = {};
