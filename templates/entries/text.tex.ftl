<#-- A text entry: one paragraph, \cvitem{dates}{text}. -->
<#import "../inline.tex.ftl" as i>
<#macro entry item doc>
\cvitem{${item.when}}{<@i.rich item.summary/>}
</#macro>
