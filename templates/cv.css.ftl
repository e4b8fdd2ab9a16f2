<#-- The style sheet of the HTML/PDF route, made from the theme's tokens (themes/<name>/theme.yaml);
     templates/preamble.tex.ftl makes the LaTeX route's look from the same tokens. Sizes come from the
     document's layout (which starts at the theme's and is tuned by the page fit). -->
<#assign L = doc.layout>
<#assign C = theme.colors>
<#assign S = theme.sizes>
<#assign SP = theme.spacing>
<#assign ST = theme.style>
<#function mm x><#return x?string("0.##") + "mm"></#function>
<#-- a role's family, then the fallbacks for symbols it lacks, then the generic kind -->
<#-- every shipped family ends the chain: a character the theme's faces lack is drawn by one that has it, as FontSet assumes when it decides that no installed fallback is needed -->
<#function fam f><#return '"' + f.css + '", "DejaVu Serif", "DejaVu Math TeX Gyre", "Liberation Sans", ' + f.generic()></#function>
<#assign gutter = theme.hasDateColumn()?then(SP.dateColumn + SP.dateGap, 0)>
@page {
  size: ${(L.pageSize == "letter")?then("letter", "A4")};
  margin: ${L.marginMm}mm ${L.marginMm}mm ${L.bottomMarginMm()}mm ${L.marginMm}mm;
  @bottom-left { content: element(footer-name); }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: ${fam(theme.fonts.text)}; font-size: 8pt; color: ${C.faint}; }
}
#footer-name { position: running(footer-name); font-size: 8pt; color: ${C.faint}; }
<#-- browsers know no running elements: without this the footer's text would print atop page 1;
     the PDF renderer skips @supports blocks, so there it stays a running footer -->
@supports not (position: running(x)) { #footer-name { display: none; } }
@media screen {
  #footer-name { display: none; }
  body { max-width: 180mm; margin: 2em auto; padding: 0 1.5em; }
}
html { color: ${C.text}; }
body { font-family: ${fam(theme.fonts.text)}; font-size: ${L.fontPt}pt; line-height: ${L.leading}; }
/* a word longer than its line (a 300-letter token, a German compound, a URL) breaks where it must,
   never clipped at the page edge nor scrolling the page sideways; word-wrap is what OpenHTMLtoPDF reads */
body { word-wrap: break-word; overflow-wrap: anywhere; }
a { color: inherit; text-decoration: none; }
@media screen { a { color: ${C.accent}; } a:hover { text-decoration: underline; } }
p { margin: 0; }
ul { margin: 0.15em 0 0 0; padding-left: 1.1em; }
li { margin: 0; }
h1, h2, h3 { font-weight: normal; }
<#-- the header: the name, the headline and the contact line -->
.head { margin-left: ${mm((ST.header == "center")?then(0, gutter))}; margin-bottom: ${L.sectionGapEm * 0.6}em;<#if ST.header == "center"> text-align: center;</#if> }
.name { font-family: ${fam(theme.fonts.name)}; font-size: ${S.name}em; font-weight: ${theme.fonts.name.weight}; color: ${C.accent}; margin: 0; line-height: 1.1;<#if ST.header == "center"> letter-spacing: 0.02em;<#else> letter-spacing: 0.01em;</#if> }
.headline { font-size: ${S.headline}em; font-style: italic; color: ${C.muted}; margin-top: 0.15em; }
.contact { font-size: 0.92em; margin-top: 0.35em; color: ${C.dark}; }
.dot { color: ${C.dot}; }
.part { display: inline-block; } /* atomic: a part (a skill) and its dot are never split */
.photo { float: right; margin: 0 0 0 4mm; }
<#-- every entry: a date column (or none) and the body. No floats and no tables: the tagged PDF puts a
     float's text at the end of the document, and tables become Table elements; display: table on divs
     is tagged as Div, in order, so each date and place is read with its entry -->
.row { page-break-inside: avoid; }
.when { font-size: ${S.small}em; color: ${C.muted}; line-height: ${L.leading * 1.13}; white-space: nowrap; }
<#if theme.hasDateColumn()>
.row { display: table; width: 100%; table-layout: fixed; border-collapse: collapse; }
.row > .when, .row > .what { display: table-cell; vertical-align: top; padding: 0; }
.row > .when { width: ${mm(SP.dateColumn)}; padding-right: ${mm(SP.dateGap)}; text-align: right; }
<#-- the place at the right end of the title line -->
.title { display: table; width: 100%; }
.title > .title-text, .title > .where { display: table-cell; vertical-align: baseline; }
.title > .where { width: 1%; padding-left: 1em; text-align: right; white-space: nowrap; }
<#else>
<#-- no gutter: the date, a block of no height, ends the entry's first line, which leaves room for it -->
.row > .when { display: block; height: 0; text-align: right; overflow: visible; }
.title, .pub-title { padding-right: 8em; }
.heading .when, .legend .when, .pub-group .when { display: none; }
</#if>
.keep { page-break-inside: avoid; }
ul.entries, ol.entries { list-style: none; margin: 0; padding: 0; }
li.item { display: block; margin: 0; }
.section { margin-top: ${L.sectionGapEm}em; }
<#-- section headings -->
.heading { margin-bottom: 0.35em; }
h2 { font-family: ${fam(theme.fonts.headings)}; font-size: ${S.heading}em; color: ${C.accent}; margin: 0; line-height: 1.1; font-weight: ${theme.fonts.headings.weight}; }
<#if ST.heading == "bar">
.heading .when { padding-top: 0.18em; }
.bar { height: 0.75em; background: ${C.accent}; margin-top: 0.05em; }
<#elseif ST.heading == "rule">
.heading .when { display: none; }
.heading .what { margin-left: 0; }
h2 { text-transform: uppercase; letter-spacing: 0.05em; border-bottom: 0.6pt solid ${C.frame}; padding-bottom: 0.12em; }
<#else>
.heading .when { display: none; }
.heading .what { margin-left: 0; }
h2 { text-transform: uppercase; letter-spacing: 0.14em; border-bottom: 0.4pt solid ${C.frame}; padding-bottom: 0.15em;<#if ST.header == "center"> text-align: center;</#if> }
</#if>
.entry { margin-bottom: ${SP.entryGap}em; }
.kind-text .entry, .section-interests .entry { margin-bottom: ${SP.entryGap * 0.7}em; }
.kind-oneline .entry, .kind-bullet .entry, .kind-numbered .entry { margin-bottom: 0.15em; }
.oneline > .when { font-weight: bold; color: ${C.dark}; }
.section-skills .row > .when, .oneline > .when { white-space: normal; } /* a skill group's label may be one long word */
ul.bullet { margin: 0; }
code { font-family: inherit; font-size: 0.92em; color: ${C.dark}; } /* the registered faces only: an unregistered family makes the renderer scan every system font */
<#if !theme.hasDateColumn()>
<#-- a label (a skill group, a number) leads its line instead of ending it -->
.oneline > .when, .numbered > .when { display: inline; height: auto; margin: 0; font-size: 1em; }
.colon { margin-right: 0.4em; }
.numbered > .when { margin-right: 0.4em; }
.oneline > .what, .numbered > .what, .oneline .line, .numbered .what > p { display: inline; }
<#else>
.colon { display: none; } /* beside a column, a label needs no colon */
</#if>
.title { margin-bottom: 0.05em; }
<#if theme.hasDateColumn()>
.where { font-style: italic; color: ${C.muted}; font-size: 0.92em; }
<#else>
.where { font-style: italic; color: ${C.muted}; }
.where:before { content: " · "; font-style: normal; color: ${C.dot}; }
</#if>
.detail { color: ${C.dark}; }
.note { font-size: ${S.small}em; color: ${C.muted}; margin-top: 0.1em; }
.label { font-style: italic; }
.summary { text-align: ${ST.justify?then("justify", "left")}; }
.pub-title { font-weight: bold; }
.self { font-weight: bold; }
sup.mark { font-size: 0.7em; vertical-align: super; line-height: 0; }
.venue { color: ${C.dark}; }
.pub-cited + .venue > .badge:first-child { margin-left: 0; } /* a styled paper's badges start their own line */
.sc { font-variant: small-caps; }
<#if ST.badge == "box">
.badge { font-size: ${S.tiny}em; color: ${C.accent}; border: 0.5pt solid ${C.frame}; border-radius: 2pt; padding: 0 0.35em; margin-left: 0.6em; white-space: nowrap; }
.award { color: ${C.award}; border-color: ${C.award}; }
<#else>
.badge { font-size: ${S.tiny}em; font-style: italic; color: ${C.accent}; margin-left: 0.6em; white-space: nowrap; }
.award { color: ${C.award}; }
</#if>
a.link { font-size: ${S.tiny}em; margin-left: 0.6em; color: ${C.accent}; text-decoration: underline; }
.num { font-weight: normal; color: ${C.muted}; }
.pub-group { margin: 0.2em 0 0.3em 0; }
h3 { font-family: ${fam(theme.fonts.headings)}; font-size: 1.02em; font-style: italic; color: ${C.accent}; margin: 0; }
.venue-name em { font-style: normal; }
.abstract { font-size: 0.9em; color: ${C.muted}; margin-top: 0.1em; text-align: ${ST.justify?then("justify", "left")}; }
.legend { margin-bottom: 0.35em; font-size: ${S.small}em; font-style: italic; color: ${C.muted}; }
<#-- a phone: the date column stacks above its entry, nothing is wider than the screen -->
@media screen and (max-width: 600px) {
  body { margin: 1em auto; padding: 0 1em; font-size: 11pt; }
  .head { margin-left: 0; }
  .row, .row > .when, .row > .what, .title, .title > .title-text, .title > .where { display: block; width: auto; height: auto; padding: 0; text-align: left; }
  .title, .pub-title { padding-right: 0; }
  .heading .when { display: none; }
  .where:before { content: none; }
  .name { font-size: 2em; }
  a { overflow-wrap: anywhere; }
}
