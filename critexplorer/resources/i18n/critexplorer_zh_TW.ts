<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>Classification</name>
    <message>
        <source>Local minimum</source>
        <translation>局部最小值</translation>
    </message>
    <message>
        <source>Local maximum</source>
        <translation>局部最大值</translation>
    </message>
    <message>
        <source>Saddle point</source>
        <translation>鞍點</translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation>非臨界點</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>無法判定</translation>
    </message>
    <message>
        <source>{title} (degenerate)</source>
        <translation>{title}（退化）</translation>
    </message>
    <message>
        <source>L or its derivatives are not finite here, so no test applies.</source>
        <translation>L 或其導數在此處不是有限值，因此任何判別法都不適用。</translation>
    </message>
    <message>
        <source>‖g‖ = {norm} ≠ 0, so θ is not a critical point: L falls fastest along −g = {descent}, by about ‖g‖·t = {norm}·t for a small step t.</source>
        <translation>‖g‖ = {norm} ≠ 0，所以 θ 不是臨界點：L 沿 −g = {descent} 下降最快，走一小步 t 約下降 ‖g‖·t = {norm}·t。</translation>
    </message>
    <message>
        <source>the higher-order test could not decide</source>
        <translation>高階檢驗也無法判定</translation>
    </message>
    <message>
        <source>g = 0 but {zero} ≈ 0 (λ₁ = {l1}, λ₂ = {l2}), so the Hessian test is silent; {detail}.</source>
        <translation>g = 0，但 {zero} ≈ 0（λ₁ = {l1}，λ₂ = {l2}），所以海森矩陣判別法失效；{detail}。</translation>
    </message>
    <message>
        <source>g = 0 and λ₁ = {l1} &lt; 0 &lt; λ₂ = {l2}, so this is a saddle: moving along u₁ = {u1} lowers L by about ½·{down}·t², moving along u₂ = {u2} raises it by about ½·{up}·t².</source>
        <translation>g = 0 且 λ₁ = {l1} &lt; 0 &lt; λ₂ = {l2}，所以這是鞍點：沿 u₁ = {u1} 移動，L 約減少 ½·{down}·t²；沿 u₂ = {u2} 移動，L 約增加 ½·{up}·t²。</translation>
    </message>
    <message>
        <source>g = 0 and 0 &lt; λ₁ = {l1} ≤ λ₂ = {l2}: H is positive definite, so this is a local minimum; every step t raises L by at least ½·{l1}·t² (least along u₁ = {u1}).</source>
        <translation>g = 0 且 0 &lt; λ₁ = {l1} ≤ λ₂ = {l2}：H 正定，所以這是局部最小值；任何一步 t 都使 L 至少增加 ½·{l1}·t²（沿 u₁ = {u1} 增加最少）。</translation>
    </message>
    <message>
        <source>g = 0 and λ₁ = {l1} ≤ λ₂ = {l2} &lt; 0: H is negative definite, so this is a local maximum; every step t lowers L by at least ½·{down}·t² (least along u₂ = {u2}).</source>
        <translation>g = 0 且 λ₁ = {l1} ≤ λ₂ = {l2} &lt; 0：H 負定，所以這是局部最大值；任何一步 t 都使 L 至少減少 ½·{down}·t²（沿 u₂ = {u2} 減少最少）。</translation>
    </message>
    <message>
        <source>the tests could not decide what kind of point this is.</source>
        <translation>各項檢驗都無法判定這是哪一類點。</translation>
    </message>
</context>
<context>
    <name>HigherOrder</name>
    <message>
        <source>the loss is not finite near this point</source>
        <translation>損失在此點附近不是有限值</translation>
    </message>
    <message>
        <source>the Hessian is singular; along its null direction the loss moves below L(θ) at distance {r}, so this is a saddle</source>
        <translation>海森矩陣奇異；沿其零空間方向，在距離 {r} 處損失低於 L(θ)，所以這是鞍點</translation>
    </message>
    <message>
        <source>the Hessian is singular; along its null direction the loss moves above L(θ) at distance {r}, so this is a saddle</source>
        <translation>海森矩陣奇異；沿其零空間方向，在距離 {r} 處損失高於 L(θ)，所以這是鞍點</translation>
    </message>
    <message>
        <source>the Hessian is singular; the higher-order test at distance {r} finds L rising in every direction, so this is a minimum</source>
        <translation>海森矩陣奇異；在距離 {r} 處的高階檢驗發現 L 朝每個方向都上升，所以這是局部最小值</translation>
    </message>
    <message>
        <source>the Hessian is singular; the higher-order test at distance {r} finds L falling in every direction, so this is a maximum</source>
        <translation>海森矩陣奇異；在距離 {r} 處的高階檢驗發現 L 朝每個方向都下降，所以這是局部最大值</translation>
    </message>
    <message>
        <source>the Hessian is singular and L stays constant along the null direction (to machine precision): a valley floor of critical points, a non-strict minimum</source>
        <translation>海森矩陣奇異，且 L 沿零空間方向保持不變（在機器精度內）：這是由臨界點組成的谷底，一個非嚴格的局部最小值</translation>
    </message>
    <message>
        <source>the Hessian is singular and L stays constant along the null direction (to machine precision): a ridge of critical points, a non-strict maximum</source>
        <translation>海森矩陣奇異，且 L 沿零空間方向保持不變（在機器精度內）：這是由臨界點組成的山脊，一個非嚴格的局部最大值</translation>
    </message>
    <message>
        <source>the Hessian is zero; on a circle of radius {r} the loss goes both above and below L(θ), so this is a saddle</source>
        <translation>海森矩陣為零；在半徑 {r} 的圓上，損失既有高於也有低於 L(θ) 之處，所以這是鞍點</translation>
    </message>
    <message>
        <source>the Hessian is zero; on circles of radius {r} and a little larger the loss is never below L(θ), so this is a minimum</source>
        <translation>海森矩陣為零；在半徑 {r} 及稍大的圓上，損失從不低於 L(θ)，所以這是局部最小值</translation>
    </message>
    <message>
        <source>the Hessian is zero; on circles of radius {r} and a little larger the loss is never above L(θ), so this is a maximum</source>
        <translation>海森矩陣為零；在半徑 {r} 及稍大的圓上，損失從不高於 L(θ)，所以這是局部最大值</translation>
    </message>
    <message>
        <source>the loss is flat around this point to machine precision</source>
        <translation>在機器精度內，損失在此點周圍是平坦的</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟隨系統語言</translation>
    </message>
</context>
</TS>
