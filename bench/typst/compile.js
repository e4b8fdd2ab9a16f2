// node bench/typst/compile.js IN.typ OUT.pdf FONTDIR: one cold compile, as `typst compile` would do.
// Needs `npm install --prefix bench/typst @myriaddreamin/typst-ts-node-compiler@0.7.0` (not a dependency of Vita).
const { NodeCompiler } = require("@myriaddreamin/typst-ts-node-compiler");
const fs = require("fs");
const [input, output, fonts] = process.argv.slice(2);
const compiler = NodeCompiler.create({ workspace: process.cwd(), fontArgs: [{ fontPaths: [fonts] }] });
fs.writeFileSync(output, compiler.pdf({ mainFilePath: input }));
