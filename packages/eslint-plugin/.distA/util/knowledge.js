export {};
//# sourceMappingURL=knowledge.js.map