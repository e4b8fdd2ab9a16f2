<#-- A one-line entry: \cvoneline{label}{line}. -->
<#import "../inline.tex.ftl" as i>
<#macro entry item doc>
\cvoneline{<#if item.label??><@i.rich item.label/><#else>${item.when}</#if>}{<#list item.details as line><@i.parts line/></#list>}
</#macro>
