export const id = 379;
export const ids = [379];
export const modules = {

/***/ 2379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findingsDocument: () => (/* binding */ findingsDocument),
/* harmony export */   writeFindingsFile: () => (/* binding */ writeFindingsFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** Writing the findings where the action and the CLI put them: findings.json and comment bodies. */


/** findings.json: CONTRACT.md's keys, plus `production_impact` when metrics were read. */
function findingsDocument(findings, impact = null) {
    return impact ? { ...findings, production_impact: impact } : findings;
}
async function writeFindingsFile(path, findings, impact = null) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, `${JSON.stringify(findingsDocument(findings, impact), null, 2)}\n`);
}


/***/ })

};

//# sourceMappingURL=379.index.js.map