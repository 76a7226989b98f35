<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <translation>鞍点</translation>
    </message>
    <message>
        <source>Not critical</source>
        <translation>非临界点</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <source>{title} (degenerate)</source>
        <translation>{title}（退化）</translation>
    </message>
    <message>
        <source>L or its derivatives are not finite here, so no test applies.</source>
        <translation>L 或其导数在此处不是有限值，因此任何判别法都不适用。</translation>
    </message>
    <message>
        <source>‖g‖ = {norm} ≠ 0, so θ is not a critical point: L falls fastest along −g = {descent}, by about ‖g‖·t = {norm}·t for a small step t.</source>
        <translation>‖g‖ = {norm} ≠ 0，所以 θ 不是临界点：L 沿 −g = {descent} 下降最快，走一小步 t 约下降 ‖g‖·t = {norm}·t。</translation>
    </message>
    <message>
        <source>the higher-order test could not decide</source>
        <translation>高阶检验也无法判定</translation>
    </message>
    <message>
        <source>g = 0 but {zero} ≈ 0 (λ₁ = {l1}, λ₂ = {l2}), so the Hessian test is silent; {detail}.</source>
        <translation>g = 0，但 {zero} ≈ 0（λ₁ = {l1}，λ₂ = {l2}），所以海森矩阵判别法失效；{detail}。</translation>
    </message>
    <message>
        <source>g = 0 and λ₁ = {l1} &lt; 0 &lt; λ₂ = {l2}, so this is a saddle: moving along u₁ = {u1} lowers L by about ½·{down}·t², moving along u₂ = {u2} raises it by about ½·{up}·t².</source>
        <translation>g = 0 且 λ₁ = {l1} &lt; 0 &lt; λ₂ = {l2}，所以这是鞍点：沿 u₁ = {u1} 移动，L 约减少 ½·{down}·t²；沿 u₂ = {u2} 移动，L 约增加 ½·{up}·t²。</translation>
    </message>
    <message>
        <source>g = 0 and 0 &lt; λ₁ = {l1} ≤ λ₂ = {l2}: H is positive definite, so this is a local minimum; every step t raises L by at least ½·{l1}·t² (least along u₁ = {u1}).</source>
        <translation>g = 0 且 0 &lt; λ₁ = {l1} ≤ λ₂ = {l2}：H 正定，所以这是局部最小值；任何一步 t 都使 L 至少增加 ½·{l1}·t²（沿 u₁ = {u1} 增加最少）。</translation>
    </message>
    <message>
        <source>g = 0 and λ₁ = {l1} ≤ λ₂ = {l2} &lt; 0: H is negative definite, so this is a local maximum; every step t lowers L by at least ½·{down}·t² (least along u₂ = {u2}).</source>
        <translation>g = 0 且 λ₁ = {l1} ≤ λ₂ = {l2} &lt; 0：H 负定，所以这是局部最大值；任何一步 t 都使 L 至少减少 ½·{down}·t²（沿 u₂ = {u2} 减少最少）。</translation>
    </message>
    <message>
        <source>the tests could not decide what kind of point this is.</source>
        <translation>各项检验都无法判定这是哪一类点。</translation>
    </message>
</context>
<context>
    <name>HigherOrder</name>
    <message>
        <source>the loss is not finite near this point</source>
        <translation>损失在此点附近不是有限值</translation>
    </message>
    <message>
        <source>the Hessian is singular; along its null direction the loss moves below L(θ) at distance {r}, so this is a saddle</source>
        <translation>海森矩阵奇异；沿其零空间方向，在距离 {r} 处损失低于 L(θ)，所以这是鞍点</translation>
    </message>
    <message>
        <source>the Hessian is singular; along its null direction the loss moves above L(θ) at distance {r}, so this is a saddle</source>
        <translation>海森矩阵奇异；沿其零空间方向，在距离 {r} 处损失高于 L(θ)，所以这是鞍点</translation>
    </message>
    <message>
        <source>the Hessian is singular; the higher-order test at distance {r} finds L rising in every direction, so this is a minimum</source>
        <translation>海森矩阵奇异；在距离 {r} 处的高阶检验发现 L 朝每个方向都上升，所以这是局部最小值</translation>
    </message>
    <message>
        <source>the Hessian is singular; the higher-order test at distance {r} finds L falling in every direction, so this is a maximum</source>
        <translation>海森矩阵奇异；在距离 {r} 处的高阶检验发现 L 朝每个方向都下降，所以这是局部最大值</translation>
    </message>
    <message>
        <source>the Hessian is singular and L stays constant along the null direction (to machine precision): a valley floor of critical points, a non-strict minimum</source>
        <translation>海森矩阵奇异，且 L 沿零空间方向保持不变（在机器精度内）：这是由临界点组成的谷底，一个非严格的局部最小值</translation>
    </message>
    <message>
        <source>the Hessian is singular and L stays constant along the null direction (to machine precision): a ridge of critical points, a non-strict maximum</source>
        <translation>海森矩阵奇异，且 L 沿零空间方向保持不变（在机器精度内）：这是由临界点组成的山脊，一个非严格的局部最大值</translation>
    </message>
    <message>
        <source>the Hessian is zero; on a circle of radius {r} the loss goes both above and below L(θ), so this is a saddle</source>
        <translation>海森矩阵为零；在半径 {r} 的圆上，损失既有高于也有低于 L(θ) 之处，所以这是鞍点</translation>
    </message>
    <message>
        <source>the Hessian is zero; on circles of radius {r} and a little larger the loss is never below L(θ), so this is a minimum</source>
        <translation>海森矩阵为零；在半径 {r} 及稍大的圆上，损失从不低于 L(θ)，所以这是局部最小值</translation>
    </message>
    <message>
        <source>the Hessian is zero; on circles of radius {r} and a little larger the loss is never above L(θ), so this is a maximum</source>
        <translation>海森矩阵为零；在半径 {r} 及稍大的圆上，损失从不高于 L(θ)，所以这是局部最大值</translation>
    </message>
    <message>
        <source>the loss is flat around this point to machine precision</source>
        <translation>在机器精度内，损失在此点周围是平坦的</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
</context>
</TS>
