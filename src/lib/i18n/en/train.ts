// The training demos (/train/ and the ones embedded in chapters).
export const train = {};
