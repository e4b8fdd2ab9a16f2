<#-- Styles for screen and print; sizes come from the document's layout so the page fit can tune them. -->
<#assign L = doc.layout>
@page {
  size: ${(L.pageSize == "letter")?then("letter", "A4")};
  margin: ${L.marginMm}mm ${L.marginMm}mm ${L.bottomMarginMm()}mm ${L.marginMm}mm;
  @bottom-left { content: element(footer-name); }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: "Charis SIL", "DejaVu Serif", serif; font-size: 8pt; color: #777; }
}
#footer-name { position: running(footer-name); font-size: 8pt; color: #777; }
@media screen {
  #footer-name { display: none; }
  body { max-width: 180mm; margin: 2em auto; padding: 0 1.5em; }
}
html { color: #1c1c1c; }
body { font-family: "Charis SIL", "DejaVu Serif", "DejaVu Math TeX Gyre", Charter, "Bitstream Charter", Georgia, serif; font-size: ${L.fontPt}pt; line-height: ${L.leading}; }
/* a word longer than its line (a 300-letter token, a German compound, a URL) breaks where it must,
   never clipped at the page edge nor scrolling the page sideways; word-wrap is what OpenHTMLtoPDF reads */
body { word-wrap: break-word; overflow-wrap: anywhere; }
a { color: inherit; text-decoration: none; }
@media screen { a { color: #24497a; } a:hover { text-decoration: underline; } }
p { margin: 0; }
ul { margin: 0.15em 0 0 0; padding-left: 1.1em; }
li { margin: 0; }
.head { margin-left: 35.5mm; margin-bottom: ${L.sectionGapEm * 0.6}em; }
.name { font-size: 2.45em; font-weight: normal; color: #24497a; margin: 0; line-height: 1.1; letter-spacing: 0.01em; }
.headline { font-size: 1.15em; font-style: italic; color: #555; margin-top: 0.15em; }
.contact { font-size: 0.92em; margin-top: 0.35em; color: #333; }
.dot { color: #999; }
/* every row is two blocks side by side: the date (or label) column and the body */
.row { display: table; width: 100%; table-layout: fixed; border-collapse: collapse; page-break-inside: avoid; }
.row > .when, .row > .what { display: table-cell; vertical-align: top; padding: 0; }
.row > .when { width: 31mm; padding-right: 4.5mm; white-space: nowrap; text-align: right; font-size: 0.88em; color: #555; line-height: ${L.leading * 1.13}; }
.photo { float: right; margin: 0 0 0 4mm; }
.keep { page-break-inside: avoid; }
.section { margin-top: ${L.sectionGapEm}em; }
.row.heading { margin-bottom: 0.35em; }
.row.heading > .when { vertical-align: middle; }
.bar { height: 0.75em; background: #24497a; margin-top: 0.05em; }
h2 { font-size: 1.3em; font-weight: normal; color: #24497a; margin: 0; line-height: 1.1; }
.row.entry { margin-bottom: 0.5em; }
.kind-text .row.entry, .section-interests .row.entry { margin-bottom: 0.35em; }
.kind-oneline .row.entry, .kind-bullet .row.entry, .kind-numbered .row.entry { margin-bottom: 0.15em; }
.oneline > .when { font-weight: bold; color: #333; }
.section-skills .row > .when, .oneline > .when { white-space: normal; } /* a skill group's label may be one long word */
.part { display: inline-block; } /* atomic: the dot stays with its part */
ul.bullet { margin: 0; }
code { font-family: inherit; font-size: 0.92em; color: #333; } /* the registered faces only: an unregistered family makes the renderer scan every system font */
.title { margin-bottom: 0.05em; }
.where { float: right; font-style: italic; color: #555; font-size: 0.92em; }
.detail { color: #333; }
.note { font-size: 0.88em; color: #555; margin-top: 0.1em; }
.label { font-style: italic; }
.summary { text-align: left; } /* ragged right: without hyphenation, justified lines in this measure gape */
.pub-title { font-weight: bold; }
.authors { }
.self { font-weight: bold; }
sup.mark { font-size: 0.7em; vertical-align: super; line-height: 0; }
.venue { color: #333; }
.badge { font-size: 0.78em; color: #24497a; border: 0.5pt solid #8aa2c4; border-radius: 2pt; padding: 0 0.35em; margin-left: 0.6em; white-space: nowrap; }
.award { color: #7a4a00; border-color: #c9a05a; }
a.link { font-size: 0.78em; margin-left: 0.6em; color: #24497a; text-decoration: underline; }
.num { font-weight: normal; color: #555; }
.row.pub-group { margin: 0.2em 0 0.3em 0; }
h3 { font-size: 1.02em; font-weight: normal; font-style: italic; color: #24497a; margin: 0; }
.venue-name em { font-style: normal; }
.abstract { font-size: 0.9em; color: #555; margin-top: 0.1em; }
.row.legend { margin-bottom: 0.35em; font-size: 0.88em; font-style: italic; color: #555; }
