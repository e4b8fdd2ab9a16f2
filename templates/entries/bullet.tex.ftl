<#-- A bullet entry: \cvbullet{dates}{text}. -->
<#import "../inline.tex.ftl" as i>
<#macro entry item doc>
\cvbullet{${item.when}}{<@i.rich item.summary/>}
</#macro>
