export const hello = () => 'hi';
//# sourceMappingURL=index.js.map