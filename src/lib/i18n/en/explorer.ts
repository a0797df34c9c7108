// The explorer: /networks/, a network's page, its diagram, detail panel, settings, tables and exports.
export const explorer = {};
