<#-- A paper: \cvpublication{year}{title}{authors}{venue and badges}{abstract}, after its group heading. -->
<#import "../inline.tex.ftl" as i>
<#-- one shown author (select/ShownAuthor): name in the profile's style, bold when it is the person, role marks -->
<#macro self a><#if a.gapBefore>\ldots, </#if><#if a.self>\cvself{${a.name}}<#else>${a.name}</#if><#if a.marks?has_content>\cvmark{${a.marks}}</#if></#macro>
<#-- a paper in a citation style (render/Cited): every piece escaped; own name \cvself, role marks \cvmark, DOIs linked -->
<#macro cited c><#list c.pieces as p><#if p.mark>\cvmark{${p.text}}<#elseif p.url??>\href{${texurl(p.url)}}{${p.text}}<#else><#if p.self>\cvself{<#elseif p.bold>\textbf{</#if><#if p.italic>\emph{</#if><#if p.smallCaps>\textsc{</#if><#if p.sup>\textsuperscript{<#elseif p.sub>\textsubscript{</#if>${p.text}<#if p.sup || p.sub>}</#if><#if p.smallCaps>}</#if><#if p.italic>}</#if><#if p.self || p.bold>}</#if></#if></#list></#macro>
<#macro entry item doc>
<#if doc.startsGroup(item)>
\cvgroup{${doc.group(item)}}
</#if>
<#if (cite.of(item))??>
\cvcited{${item.year!}}
  {<#if doc.number(item)??>{\color{cvgray}[${doc.number(item)}]}~</#if><@cited cite.of(item)/>}
  {<#rt>
<#else>
\cvpublication{${item.year!}}
  {<#if doc.number(item)??>{\mdseries\color{cvgray}[${doc.number(item)}]}~</#if><@i.rich item.title/>}
  {<#list doc.authors(item) as a><@self a/><#sep>, </#sep></#list><#if doc.etAl(item)>, ${doc.label("etAl")}</#if>}
  {<#if item.venue??>\textit{<@i.rich item.venue/>}</#if><#rt>
</#if>
\cvbadge{${item.kind}}<#if item.award??>\cvaward{<@i.rich item.award/>}</#if><#if item.note??>\cvbadge{<@i.rich item.note/>}</#if><#list item.links() as l>\cvlink{${texurl(l.url)}}{${l.label}}</#list>}
  {<#if item.abstractText?? && !doc.compact><@i.rich item.abstractText/></#if>}
</#macro>
