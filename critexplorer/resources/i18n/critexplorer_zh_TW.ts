<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>About</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>see pyproject.toml</source>
        <translation>見 pyproject.toml</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未註明</translation>
    </message>
    <message>
        <source>no OpenGL</source>
        <translation>無 OpenGL</translation>
    </message>
    <message>
        <source>No project page yet.</source>
        <translation>尚無專案首頁。</translation>
    </message>
    <message>
        <source>Critical points of 2-parameter losses: g, H, eigenvalues and the second-order Taylor expansion L(θ) + gᵀv + ½vᵀHv, made visible.</source>
        <translation>雙參數損失函數的臨界點：讓 g、H、特徵值和二階泰勒展開 L(θ) + gᵀv + ½vᵀHv 一目了然。</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>授權條款：{licence}</translation>
    </message>
    <message>
        <source>About critexplorer</source>
        <translation>關於 critexplorer</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open session</source>
        <translation>無法開啟工作階段</translation>
    </message>
    <message>
        <source>the formula could not be shown</source>
        <translation>無法顯示該公式</translation>
    </message>
    <message>
        <source>could not write {path}: {error}</source>
        <translation>無法寫入 {path}：{error}</translation>
    </message>
</context>
<context>
    <name>Atlas</name>
    <message>
        <source>about {count} critical curves in view: zoom in</source>
        <translation>視圖中大約有 {count} 條臨界曲線：請放大</translation>
    </message>
    <message>
        <source>about {count} critical points in view: zoom in</source>
        <translation>視圖中大約有 {count} 個臨界點：請放大</translation>
    </message>
    <message>
        <source>more than {count} critical points in view, too many to resolve: zoom in</source>
        <translation>視圖中有超過 {count} 個臨界點，多到無法分辨：請放大</translation>
    </message>
    <message>
        <source>more than {count} critical curves in view, too many to resolve: zoom in</source>
        <translation>視圖中有超過 {count} 條臨界曲線，多到無法分辨：請放大</translation>
    </message>
    <message>
        <source>too many critical points in view to resolve: zoom in</source>
        <translation>視圖中的臨界點太多，無法分辨：請放大</translation>
    </message>
</context>
<context>
    <name>AtlasProgress</name>
    <message>
        <source>Finding critical points… %p%</source>
        <translation>正在尋找臨界點… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the critical-point search</source>
        <translation>停止臨界點搜尋</translation>
    </message>
</context>
<context>
    <name>BasinPanel</name>
    <message>
        <source>No basin map yet (the landscape changed).</source>
        <translation>尚無吸引域圖（損失曲面已改變）。</translation>
    </message>
    <message>
        <source>No basin map yet.</source>
        <translation>尚無吸引域圖。</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>N × N starts at the centres of the cells of the window</source>
        <translation>在顯示範圍內 N × N 個格子的中心各取一個起點</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>Step limit of each start (settled starts stop earlier)</source>
        <translation>每個起點的步數上限（已穩定的起點會提前停止）</translation>
    </message>
    <message>
        <source>compare with</source>
        <translation>對照</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Map a second optimizer (its default hyperparameters) beside the first, in place of the 3-D view</source>
        <translation>在第一個旁邊繪製第二個最佳化器（使用其預設超參數）的吸引域圖，取代 3D 檢視</translation>
    </message>
    <message>
        <source>Map basins</source>
        <translation>繪製吸引域</translation>
    </message>
    <message>
        <source>Map where the Optimizers tab&apos;s optimizer ends from every cell</source>
        <translation>繪製「最佳化器」分頁中的最佳化器從每個格子出發最終到達的位置</translation>
    </message>
    <message>
        <source>Mapping basins… %p%</source>
        <translation>正在繪製吸引域… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Show on the contour map</source>
        <translation>在等高線圖上顯示</translation>
    </message>
    <message>
        <source>Click a cell: run from there</source>
        <translation>點擊格子：從該處執行</translation>
    </message>
    <message>
        <source>A click on the map adds a run of this optimizer from the cell&apos;s centre</source>
        <translation>在圖上點擊，即從該格子中心新增一次此最佳化器的執行</translation>
    </message>
    <message>
        <source>Where the starts ended: each attractor&apos;s colour on the map and its fraction</source>
        <translation>各起點的終點：每個吸引子在圖上的顏色及其所佔比例</translation>
    </message>
    <message>
        <source>Basins</source>
        <translation>吸引域</translation>
    </message>
    <message>
        <source>Basin map cancelled</source>
        <translation>已取消吸引域圖</translation>
    </message>
    <message>
        <source>{name} from cell {row},{column}</source>
        <translation>{name}，從格子 {row},{column} 出發</translation>
    </message>
    <message>
        <source>{name} on {size}² starts: {fractions}; median {steps} steps</source>
        <translation>{name}，{size}² 個起點：{fractions}；中位數 {steps} 步</translation>
    </message>
    <message>
        <source>{name} on {size}² starts (coarse; refining…): {fractions}; median {steps} steps</source>
        <translation>{name}，{size}² 個起點（粗略結果，正在細化…）：{fractions}；中位數 {steps} 步</translation>
    </message>
    <message>
        <source>{kind} {percent} %</source>
        <translation>{kind} {percent}%</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>unknown command &apos;{command}&apos;; did you mean &apos;{guess}&apos;?</source>
        <translation>未知的指令「{command}」；您是不是要輸入「{guess}」？</translation>
    </message>
    <message>
        <source>{prog}: error: {text}</source>
        <translation>{prog}：錯誤：{text}</translation>
    </message>
    <message>
        <source>; a formula that starts with -- goes after a lone --, like: -- &quot;--x&quot;</source>
        <translation>；以 -- 開頭的公式要放在單獨的 -- 之後，例如：-- &quot;--x&quot;</translation>
    </message>
    <message>
        <source>{message} (see: {prog} --help)</source>
        <translation>{message}（請參閱：{prog} --help）</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>缺少必要的參數：{names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {names}</source>
        <translation>無法辨識的參數：{names}</translation>
    </message>
    <message>
        <source>argument {option}: invalid choice: {value} (choose from {choices})</source>
        <translation>參數 {option}：無效的選項 {value}（可選：{choices}）</translation>
    </message>
    <message>
        <source>argument {option}: expected one argument</source>
        <translation>參數 {option}：需要一個值</translation>
    </message>
    <message>
        <source>--vars needs two different names, like x,y; got {names}</source>
        <translation>--vars 需要兩個不同的名稱，例如 x,y；收到的是 {names}</translation>
    </message>
    <message>
        <source>{message} (column {column})</source>
        <translation>{message}（第 {column} 欄）</translation>
    </message>
    <message>
        <source> (parameters such as a=2 go in --param NAME=VALUE)</source>
        <translation>（a=2 這類參數請用 --param NAME=VALUE 指定）</translation>
    </message>
    <message>
        <source>: bind with --param NAME=VALUE</source>
        <translation>：請用 --param NAME=VALUE 指定數值</translation>
    </message>
    <message>
        <source>. Bind the extra ones with --param NAME=VALUE, or choose the two with --vars</source>
        <translation>。請用 --param NAME=VALUE 為多出的名稱指定數值，或用 --vars 選出兩個變數</translation>
    </message>
    <message>
        <source>: a term is missing after it</source>
        <translation>：後面少了一項</translation>
    </message>
    <message>
        <source>give either FORMULA or --preset NAME, not both</source>
        <translation>請指定 FORMULA 或 --preset NAME（預設集）其中之一，不要同時指定</translation>
    </message>
    <message>
        <source>give a FORMULA, e.g. &quot;x^2-y^2&quot;, or --preset NAME (see: critexplorer presets)</source>
        <translation>請指定公式 FORMULA（例如 &quot;x^2-y^2&quot;）或 --preset NAME（預設集，請參閱：critexplorer presets）</translation>
    </message>
    <message>
        <source>{prog}: note: {note}</source>
        <translation>{prog}：注意：{note}</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>最佳化器</translation>
    </message>
    <message>
        <source>starts</source>
        <translation>起點</translation>
    </message>
    <message>
        <source>{grid} x {grid} cell centres over {a} in {xlim}, {b} in {ylim}</source>
        <translation>{grid} × {grid} 網格的格子中心，{a} ∈ {xlim}，{b} ∈ {ylim}</translation>
    </message>
    <message>
        <source>step limit</source>
        <translation>步數上限</translation>
    </message>
    <message>
        <source>{steps} (median steps taken: {median})</source>
        <translation>{steps}（實際步數中位數：{median}）</translation>
    </message>
    <message>
        <source>fractions of the starts:</source>
        <translation>各類起點所佔比例：</translation>
    </message>
    <message>
        <source>attractors (id, type, point, fraction):</source>
        <translation>吸引子（編號、類型、位置、比例）：</translation>
    </message>
    <message>
        <source>window: {a} in [{x0}, {x1}], {b} in [{y0}, {y1}]</source>
        <translation>顯示範圍：{a} ∈ [{x0}, {x1}]，{b} ∈ [{y0}, {y1}]</translation>
    </message>
    <message>
        <source>1 critical point:</source>
        <translation>1 個臨界點：</translation>
    </message>
    <message>
        <source>%n critical points:</source>
        <translation>%n 個臨界點：</translation>
    </message>
    <message>
        <source>%n critical points</source>
        <translation>%n 個臨界點</translation>
    </message>
    <message>
        <source>{type} (degenerate)</source>
        <translation>{type}（退化）</translation>
    </message>
    <message>
        <source>type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>eigenvalue 1</source>
        <translation>特徵值 1</translation>
    </message>
    <message>
        <source>eigenvalue 2</source>
        <translation>特徵值 2</translation>
    </message>
    <message>
        <source>1 critical set (not isolated points):</source>
        <translation>1 個臨界集（非孤立點）：</translation>
    </message>
    <message>
        <source>%n critical sets (not isolated points):</source>
        <translation>%n 個臨界集（非孤立點）：</translation>
    </message>
    <message>
        <source>{kind}: {type} at L = {level}, %n samples, from {first} to {last}</source>
        <translation>{kind}：{type}，L = {level}，%n 個取樣點，從 {first} 到 {last}</translation>
    </message>
    <message>
        <source>{kind}: {type} at L = {level}, %n samples</source>
        <translation>{kind}：{type}，L = {level}，%n 個取樣點</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>point</source>
        <translation>點</translation>
    </message>
    <message>
        <source>value</source>
        <translation>函數值</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <source>Hessian</source>
        <translation>海森矩陣</translation>
    </message>
    <message>
        <source>eigenvalues</source>
        <translation>特徵值</translation>
    </message>
    <message>
        <source>{first}, {second}   (ascending)</source>
        <translation>{first}, {second}   （由小到大）</translation>
    </message>
    <message>
        <source>eigenvectors</source>
        <translation>特徵向量</translation>
    </message>
    <message>
        <source>{first}, {second}   (unit, same order)</source>
        <translation>{first}, {second}   （單位向量，順序同上）</translation>
    </message>
    <message>
        <source>escape</source>
        <translation>逃離方向</translation>
    </message>
    <message>
        <source>along +/-{direction}: a step t changes L by about {change}*t^2</source>
        <translation>沿 ±{direction}：步長 t 使 L 大約變化 {change}*t^2</translation>
    </message>
    <message>
        <source>undefined: L or its derivatives are not finite here</source>
        <translation>無定義：L 或其導數在此處不是有限值</translation>
    </message>
    <message>
        <source>not a critical point (the gradient is not zero)</source>
        <translation>不是臨界點（梯度不為零）</translation>
    </message>
    <message>
        <source>{type} (critical point, degenerate: an eigenvalue is about zero)</source>
        <translation>{type}（臨界點，退化：有一個特徵值大約為零）</translation>
    </message>
    <message>
        <source>{type} (critical point)</source>
        <translation>{type}（臨界點）</translation>
    </message>
    <message>
        <source>{a} in [{x0}, {x1}], {b} in [{y0}, {y1}]</source>
        <translation>{a} ∈ [{x0}, {x1}]，{b} ∈ [{y0}, {y1}]</translation>
    </message>
    <message>
        <source>   with {params}</source>
        <translation>   其中 {params}</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>訓練週期 (epoch)</translation>
    </message>
    <message>
        <source>samples seen</source>
        <translation>已看過的樣本數</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <source>{size} samples, seed {seed}</source>
        <translation>每批次 {size} 個樣本，隨機種子 {seed}</translation>
    </message>
    <message>
        <source>mini-batches</source>
        <translation>小批次</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起點</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>{steps} ({reason})</source>
        <translation>{steps}（{reason}）</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>final point</source>
        <translation>終點</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>最終損失</translation>
    </message>
    <message>
        <source>final |g|</source>
        <translation>最終 |g|</translation>
    </message>
    <message>
        <source>final type</source>
        <translation>終點類型</translation>
    </message>
    <message>
        <source>trajectory (step, {a}, {b}, loss):</source>
        <translation>軌跡（步、{a}、{b}、損失）：</translation>
    </message>
    <message>
        <source>{updates} updates per epoch ({samples} samples, batch {batch})</source>
        <translation>每個訓練週期 {updates} 次更新（{samples} 個樣本，批次 {batch}）</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>trajectory (step, {axis}, {a}, {b}, loss):</source>
        <translation>軌跡（步、{axis}、{a}、{b}、損失）：</translation>
    </message>
    <message>
        <source>default {value}</source>
        <translation>預設 {value}</translation>
    </message>
    <message>
        <source>--run needs OPTIMIZER:X,Y[:NAME=VALUE,...] like adam:-1,2:lr=0.1; got {text}</source>
        <translation>--run 需要 OPTIMIZER:X,Y[:NAME=VALUE,...]，例如 adam:-1,2:lr=0.1；收到的是 {text}</translation>
    </message>
    <message>
        <source>--out must end in {suffixes}; got {out}</source>
        <translation>--out 必須以 {suffixes} 結尾；收到的是 {out}</translation>
    </message>
    <message>
        <source>a {suffix} file shows optimizer runs: add at least one --run OPTIMIZER:X,Y</source>
        <translation>{suffix} 檔案顯示最佳化器的執行：請至少加上一個 --run OPTIMIZER:X,Y</translation>
    </message>
    <message>
        <source>wrote {out} ({details})</source>
        <translation>已寫入 {out}（{details}）</translation>
    </message>
    <message>
        <source>cannot draw the formula: {reason}</source>
        <translation>無法繪製公式：{reason}</translation>
    </message>
    <message>
        <source>it does not parse</source>
        <translation>無法解析</translation>
    </message>
    <message>
        <source>--momentum does not apply to {optimizer}; ignored</source>
        <translation>--momentum（動量）不適用於最佳化器 {optimizer}；已忽略</translation>
    </message>
    <message>
        <source>critexplorer: cannot open the window: {error}</source>
        <translation>critexplorer：無法開啟視窗：{error}</translation>
    </message>
    <message>
        <source>give either --preset NAME or a formula, not both</source>
        <translation>請指定 --preset NAME（預設集）或公式其中之一，不要同時指定</translation>
    </message>
    <message>
        <source>bad formula: {message}</source>
        <translation>公式有誤：{message}</translation>
    </message>
    <message>
        <source>--step goes with --lesson NAME</source>
        <translation>--step 要與 --lesson NAME 一起使用</translation>
    </message>
    <message>
        <source>--race takes optimizer names from: {known}; got &apos;{names}&apos;</source>
        <translation>--race 接受的最佳化器名稱：{known}；收到的是「{names}」</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>--screenshot must name a .png file; got &apos;{text}&apos;</source>
        <translation>--screenshot（螢幕截圖）必須是 .png 檔案；收到的是「{text}」</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} 步</translation>
    </message>
    <message>
        <source>: {fix}</source>
        <translation>：{fix}</translation>
    </message>
</context>
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
    <message>
        <source>classification: {title}</source>
        <translation>類型：{title}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <source>Stepped t = {t} along u = {u} (λ = {eigenvalue}) to {end}: L went from {before} to {after} (ΔL = {change}); the model ½·λ·t² predicts {predicted}.</source>
        <translation>沿 u = {u}（特徵值 λ = {eigenvalue}）走了 t = {t}，抵達 {end}：L 從 {before} 變成 {after}（ΔL = {change}）；二次模型 ½·λ·t² 的預測為 {predicted}。</translation>
    </message>
</context>
<context>
    <name>ContourView</name>
    <message>
        <source>‖g‖ (log₁₀)</source>
        <translation>‖g‖ (對數 log₁₀)</translation>
    </message>
    <message>
        <source>Left click or drag: select a point · Ctrl+click: optimizer start · Shift+drag or middle drag: pan · wheel: zoom · right click: view menu</source>
        <translation>左鍵按一下或拖曳：選取點 · Ctrl+按一下：最佳化器起點 · Shift+拖曳或中鍵拖曳：平移 · 滾輪：縮放 · 右鍵：檢視選單</translation>
    </message>
    <message>
        <source>Curvature map:</source>
        <translation>曲率圖：</translation>
    </message>
</context>
<context>
    <name>CriticalTable</name>
    <message>
        <source>{glyph} {type} curve</source>
        <translation>{glyph} {type}曲線</translation>
    </message>
    <message>
        <source>Find critical points</source>
        <translation>尋找臨界點</translation>
    </message>
    <message>
        <source>Find every critical point and critical curve in the window (F5)</source>
        <translation>尋找顯示範圍內的所有臨界點和臨界曲線（F5）</translation>
    </message>
    <message>
        <source>Show one type of critical point only</source>
        <translation>只顯示一種類型的臨界點</translation>
    </message>
    <message>
        <source>Click a column title to sort by it; click again to reverse</source>
        <translation>點擊欄標題依該欄排序；再次點擊則反向排序</translation>
    </message>
    <message>
        <source>type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有類型</translation>
    </message>
    <message>
        <source>Press “Find critical points” (F5) to list every critical point in view.</source>
        <translation>按「尋找臨界點」（F5）列出檢視中的所有臨界點。</translation>
    </message>
    <message>
        <source>{message}.</source>
        <translation>{message}。</translation>
    </message>
    <message>
        <source>%n critical point</source>
        <translation>%n 個臨界點</translation>
    </message>
    <message>
        <source>%n critical points</source>
        <translation>%n 個臨界點</translation>
    </message>
    <message>
        <source>%n critical curve</source>
        <translation>%n 條臨界曲線</translation>
    </message>
    <message>
        <source>%n critical curves</source>
        <translation>%n 條臨界曲線</translation>
    </message>
    <message>
        <source>{points} and {curves} in view. Click a row to select it, a column title to sort.</source>
        <translation>檢視中有 {points}和 {curves}。點擊一列選取該點，點擊欄標題排序。</translation>
    </message>
    <message>
        <source>{points} in view. Click a row to select it, a column title to sort.</source>
        <translation>檢視中有 {points}。點擊一列選取該點，點擊欄標題排序。</translation>
    </message>
</context>
<context>
    <name>ExplorerModel</name>
    <message>
        <source>L = {formula} on [{x0}, {x1}] × [{y0}, {y1}]</source>
        <translation>L = {formula}，範圍 [{x0}, {x1}] × [{y0}, {y1}]</translation>
    </message>
    <message>
        <source>Undone: {state}</source>
        <translation>已復原：{state}</translation>
    </message>
    <message>
        <source>Redone: {state}</source>
        <translation>已重做：{state}</translation>
    </message>
    <message>
        <source>Snapped to the {kind} at {a} = {x}, {b} = {y}</source>
        <translation>已貼齊到 {a} = {x}，{b} = {y} 的{kind}</translation>
    </message>
    <message>
        <source>Critical-point search cancelled</source>
        <translation>已取消臨界點搜尋</translation>
    </message>
    <message>
        <source>No escape: the selected point has no direction of negative curvature</source>
        <translation>無法逃離：所選點沒有負曲率方向</translation>
    </message>
    <message>
        <source>Found 1 critical point</source>
        <translation>找到 1 個臨界點</translation>
    </message>
    <message>
        <source>Found %n critical points</source>
        <translation>找到 %n 個臨界點</translation>
    </message>
    <message>
        <source>{found} and 1 critical curve</source>
        <translation>{found}和 1 條臨界曲線</translation>
    </message>
    <message>
        <source>{found} and %n critical curves</source>
        <translation>{found}和 %n 條臨界曲線</translation>
    </message>
</context>
<context>
    <name>Formula</name>
    <message>
        <source>; type pi</source>
        <translation>；請輸入 pi</translation>
    </message>
    <message>
        <source>; type - for minus</source>
        <translation>；減號請輸入 -</translation>
    </message>
    <message>
        <source>; type * for times</source>
        <translation>；乘號請輸入 *</translation>
    </message>
    <message>
        <source>; type 0.5 or 1/2</source>
        <translation>；請輸入 0.5 或 1/2</translation>
    </message>
    <message>
        <source>attribute access (&apos;.&apos;) is not allowed</source>
        <translation>不允許存取屬性（「.」）</translation>
    </message>
    <message>
        <source>indexing with [] is not allowed</source>
        <translation>不允許用 [] 取索引</translation>
    </message>
    <message>
        <source>only numbers are allowed here</source>
        <translation>這裡只允許數字</translation>
    </message>
    <message>
        <source>lambda is not allowed</source>
        <translation>不允許使用 lambda</translation>
    </message>
    <message>
        <source>comprehensions are not allowed</source>
        <translation>不允許使用生成式</translation>
    </message>
    <message>
        <source>comparisons are not allowed; a loss is a number</source>
        <translation>不允許比較運算；損失是一個數</translation>
    </message>
    <message>
        <source>&apos;and&apos;/&apos;or&apos; are not allowed</source>
        <translation>不允許使用「and」/「or」</translation>
    </message>
    <message>
        <source>&apos;if ... else&apos; is not allowed; use maximum(a, b) or relu(x)</source>
        <translation>不允許使用「if ... else」；請用 maximum(a, b) 或 relu(x)</translation>
    </message>
    <message>
        <source>assignment is not allowed</source>
        <translation>不允許指派</translation>
    </message>
    <message>
        <source>a loss is one expression, not a tuple</source>
        <translation>損失是一個運算式，不是元組</translation>
    </message>
    <message>
        <source>lists are not allowed</source>
        <translation>不允許使用串列</translation>
    </message>
    <message>
        <source>dictionaries are not allowed</source>
        <translation>不允許使用字典</translation>
    </message>
    <message>
        <source>sets are not allowed</source>
        <translation>不允許使用集合</translation>
    </message>
    <message>
        <source>&apos;*&apos; unpacking is not allowed</source>
        <translation>不允許用「*」解包</translation>
    </message>
    <message>
        <source>strings are not allowed</source>
        <translation>不允許使用字串</translation>
    </message>
    <message>
        <source>&apos;await&apos; is not allowed</source>
        <translation>不允許使用「await」</translation>
    </message>
    <message>
        <source>&apos;yield&apos; is not allowed</source>
        <translation>不允許使用「yield」</translation>
    </message>
    <message>
        <source>slices are not allowed</source>
        <translation>不允許使用切片</translation>
    </message>
    <message>
        <source>operator &apos;{symbol}&apos; is not supported; use + - * / ** or ^</source>
        <translation>不支援運算子「{symbol}」；請用 + - * / ** 或 ^</translation>
    </message>
    <message>
        <source>only unary + and - are allowed</source>
        <translation>一元運算子只允許 + 和 -</translation>
    </message>
    <message>
        <source>strings are not allowed; only numbers</source>
        <translation>不允許使用字串，只能用數字</translation>
    </message>
    <message>
        <source>{value} is not a number; a formula uses only real numbers</source>
        <translation>{value} 不是數字；公式只使用實數</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not allowed in a formula</source>
        <translation>公式中不允許使用「{kind}」</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a function; call it like {name}(x)</source>
        <translation>「{name}」是函數；請像 {name}(x) 這樣呼叫</translation>
    </message>
    <message>
        <source>name &apos;{name}&apos; is not allowed</source>
        <translation>不允許使用名稱「{name}」</translation>
    </message>
    <message>
        <source>only the listed functions can be called, by name</source>
        <translation>只能依名稱呼叫列出的函數</translation>
    </message>
    <message>
        <source>{name}() takes no keyword arguments</source>
        <translation>{name}() 不接受關鍵字參數</translation>
    </message>
    <message>
        <source>unknown function &apos;{name}&apos;; known functions: {known}</source>
        <translation>未知的函數「{name}」；可用的函數：{known}</translation>
    </message>
    <message>
        <source>{name}() takes 1 argument, got {count}</source>
        <translation>{name}() 需要 1 個參數，收到 {count} 個</translation>
    </message>
    <message>
        <source>{name}() takes {arity} arguments, got {count}</source>
        <translation>{name}() 需要 {arity} 個參數，收到 {count} 個</translation>
    </message>
    <message>
        <source>formula is too complex (more than {limit} parts)</source>
        <translation>公式太複雜（超過 {limit} 個部分）</translation>
    </message>
    <message>
        <source>formula is nested too deeply (more than {limit} levels)</source>
        <translation>公式巢狀太深（超過 {limit} 層）</translation>
    </message>
    <message>
        <source>a formula must be text</source>
        <translation>公式必須是文字</translation>
    </message>
    <message>
        <source>formula is too long ({length} characters; the limit is {limit})</source>
        <translation>公式太長（{length} 個字元；上限為 {limit}）</translation>
    </message>
    <message>
        <source>formula contains a NUL character</source>
        <translation>公式中含有 NUL 字元</translation>
    </message>
    <message>
        <source>character {char} (U+{code}) is not allowed; formulas use plain ASCII{hint}</source>
        <translation>不允許使用字元 {char}（U+{code}）；公式只能使用一般 ASCII 字元{hint}</translation>
    </message>
    <message>
        <source>&apos;#&apos; is not allowed; a formula has no comments</source>
        <translation>不允許使用「#」；公式中不能寫註解</translation>
    </message>
    <message>
        <source>formula is empty; type a loss such as (1 - w1*w2)^2</source>
        <translation>公式是空的；請輸入一個損失函數，例如 (1 - w1*w2)^2</translation>
    </message>
    <message>
        <source>invalid syntax</source>
        <translation>語法錯誤</translation>
    </message>
    <message>
        <source>; &apos;=&apos; is not allowed</source>
        <translation>；不允許使用「=」</translation>
    </message>
    <message>
        <source>&apos;|&apos; is not an operator here</source>
        <translation>「|」在這裡不是運算子</translation>
    </message>
    <message>
        <source>nothing follows &apos;{operator}&apos;</source>
        <translation>「{operator}」後面什麼都沒有</translation>
    </message>
    <message>
        <source>; write multiplication explicitly, as 2*x</source>
        <translation>；乘法請明確寫出，例如 2*x</translation>
    </message>
    <message>
        <source>cannot read the formula: {detail}{hint}</source>
        <translation>無法讀取公式：{detail}{hint}</translation>
    </message>
    <message>
        <source>formula is nested too deeply</source>
        <translation>公式巢狀太深</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>為無限大</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是數字</translation>
    </message>
    <message>
        <source>this formula is the constant {value}, {what} (a division by zero or an overflow), so the loss is undefined everywhere</source>
        <translation>這個公式是常數 {value}，{what}（除以零或溢位），因此損失處處無定義</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; cannot be a parameter name</source>
        <translation>「{name}」不能作為參數名稱</translation>
    </message>
    <message>
        <source>parameter {name} must be a finite number, got {value}</source>
        <translation>參數 {name} 必須是有限的數字，收到的是 {value}</translation>
    </message>
    <message>
        <source>the variables need two different names, like x,y; got {names}</source>
        <translation>兩個變數需要不同的名稱，例如 x,y；收到的是 {names}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a function or constant, not a variable name</source>
        <translation>「{name}」是函數或常數，不能作為變數名稱</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is both a variable and a parameter</source>
        <translation>「{name}」同時是變數和參數</translation>
    </message>
    <message>
        <source>unknown name {names}</source>
        <translation>未知的名稱 {names}</translation>
    </message>
    <message>
        <source>unknown names {names}</source>
        <translation>未知的名稱 {names}</translation>
    </message>
    <message>
        <source>a loss here has two variables, but this one has {count}: {names}</source>
        <translation>這裡的損失函數只能有兩個變數，但這個公式有 {count} 個：{names}</translation>
    </message>
    <message>
        <source>use abs(x) for |x|</source>
        <translation>|x| 請寫成 abs(x)</translation>
    </message>
</context>
<context>
    <name>FormulaBar</name>
    <message>
        <source>Type a loss, e.g. (1 - w1*w2)^2, and press Enter</source>
        <translation>輸入損失函數，例如 (1 - w1*w2)^2，然後按 Enter</translation>
    </message>
    <message>
        <source>The loss L. Enter applies it; the drop-down lists presets and your history. ^ means power.</source>
        <translation>損失 L。按 Enter 套用；下拉式清單列出預設集和你的歷史紀錄。^ 表示乘冪。</translation>
    </message>
    <message>
        <source>parameters, e.g. a=2, b=1</source>
        <translation>參數，例如 a=2, b=1</translation>
    </message>
    <message>
        <source>Values for the extra names in the formula, as NAME=VALUE, separated by commas. Enter applies.</source>
        <translation>公式中其他名稱的值，寫成 NAME=VALUE，以逗號分隔。按 Enter 套用。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Apply the formula and parameters (Enter)</source>
        <translation>套用公式和參數（Enter）</translation>
    </message>
    <message>
        <source>Give the extra names the value 1 in the parameters box, with a slider each</source>
        <translation>在參數框中把這些額外的名稱設為 1，並各配一個滑桿</translation>
    </message>
    <message>
        <source>column {column}: {message}</source>
        <translation>第 {column} 欄：{message}</translation>
    </message>
    <message>
        <source>Bind {names} as parameters</source>
        <translation>將 {names} 設為參數</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>課程講義</translation>
    </message>
    <message>
        <source>Textbook shapes</source>
        <translation>教科書中的形狀</translation>
    </message>
    <message>
        <source>Test functions</source>
        <translation>測試函數</translation>
    </message>
    <message>
        <source>Data-backed</source>
        <translation>以資料為基礎</translation>
    </message>
    <message>
        <source>parameters are written NAME=VALUE, separated by commas; cannot read &apos;{piece}&apos;</source>
        <translation>參數寫成 NAME=VALUE，以逗號分隔；無法讀取「{piece}」</translation>
    </message>
    <message>
        <source>parameter {name} needs a number, got &apos;{value}&apos;</source>
        <translation>參數 {name} 需要一個數，得到的是「{value}」</translation>
    </message>
    <message>
        <source>parameter {name} needs a finite number, got &apos;{value}&apos;</source>
        <translation>參數 {name} 需要一個有限的數，得到的是「{value}」</translation>
    </message>
    <message>
        <source>{message} (parameters such as a=2 go in the parameters box)</source>
        <translation>{message}（a=2 這類參數請填在參數框中）</translation>
    </message>
    <message>
        <source>{message}: give it a value in the parameters box, e.g. {name}=1</source>
        <translation>{message}：請在參數框中為它指定數值，例如 {name}=1</translation>
    </message>
    <message>
        <source>{message}: give them a value in the parameters box, e.g. {name}=1</source>
        <translation>{message}：請在參數框中為它們指定數值，例如 {name}=1</translation>
    </message>
    <message>
        <source>{message}. Give it a value in the parameters box, e.g. {name}=1</source>
        <translation>{message}。請在參數框中為它指定數值，例如 {name}=1</translation>
    </message>
    <message>
        <source>{message}. Give them a value in the parameters box, e.g. {name}=1</source>
        <translation>{message}。請在參數框中為它們指定數值，例如 {name}=1</translation>
    </message>
    <message>
        <source>missing term after {operator}</source>
        <translation>{operator} 後面少了一項</translation>
    </message>
</context>
<context>
    <name>GLSupport</name>
    <message>
        <source>no Qt application is running</source>
        <translation>沒有正在執行的 Qt 應用程式</translation>
    </message>
    <message>
        <source>the Qt platform &apos;{platform}&apos; has no OpenGL. Run under a desktop session or Xvfb (xvfb-run) to see the 3-D surface.</source>
        <translation>Qt 平台「{platform}」沒有 OpenGL。請在桌面工作階段或 Xvfb（xvfb-run）下執行以檢視 3D 曲面。</translation>
    </message>
    <message>
        <source>no OpenGL context could be created (missing or broken GL drivers). Install Mesa (libgl1, libegl1) or update the drivers.</source>
        <translation>無法建立 OpenGL 環境（GL 驅動程式遺失或損壞）。請安裝 Mesa（libgl1、libegl1）或更新驅動程式。</translation>
    </message>
    <message>
        <source>an OpenGL context exists but cannot draw on this display.</source>
        <translation>OpenGL 環境存在，但無法在此顯示器上繪圖。</translation>
    </message>
    <message>
        <source>OpenGL {version} is too old; the 3-D view needs OpenGL 2.0 or later.</source>
        <translation>OpenGL {version} 太舊；3D 檢視需要 OpenGL 2.0 或更新版本。</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>critexplorer user guide</source>
        <translation>critexplorer 使用者指南</translation>
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
    <message>
        <source>L or its derivatives are not finite here</source>
        <translation>L 或其導數在此處不是有限值</translation>
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
<context>
    <name>Legend</name>
    <message>
        <source>{kind} curve</source>
        <translation>{kind}曲線</translation>
    </message>
</context>
<context>
    <name>LessonActions</name>
    <message>
        <source>Open lesson</source>
        <translation>開啟課程</translation>
    </message>
    <message>
        <source>Open lesson…</source>
        <translation>開啟課程…</translation>
    </message>
    <message>
        <source>A lesson file of your own (JSON; see the README)</source>
        <translation>你自己的課程檔案（JSON；見 README）</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>關閉課程</translation>
    </message>
    <message>
        <source>Next step of the lesson</source>
        <translation>課程的下一步</translation>
    </message>
    <message>
        <source>Previous step of the lesson</source>
        <translation>課程的上一步</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <source>Try it:</source>
        <translation>試試看：</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>尚未完成</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <source>The step before (PageUp, ←)</source>
        <translation>上一步（PageUp、←）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <source>The next step (PageDown, →)</source>
        <translation>下一步（PageDown、→）</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>{name} must be two numbers, got {low}, {high}</source>
        <translation>{name} 必須是兩個數字，收到的是 {low}, {high}</translation>
    </message>
    <message>
        <source>{name} must be two finite numbers, got {low}, {high}</source>
        <translation>{name} 必須是兩個有限的數字，收到的是 {low}, {high}</translation>
    </message>
    <message>
        <source>{name} needs A &lt; B, from low to high; got {low}, {high}</source>
        <translation>{name} 需要 A &lt; B，由小到大；收到的是 {low}, {high}</translation>
    </message>
    <message>
        <source>{name} must stay within ±{limit}, got {low}, {high}</source>
        <translation>{name} 必須在 ±{limit} 以內，收到的是 {low}, {high}</translation>
    </message>
    <message>
        <source>{name} is too narrow to resolve: {low} to {high} is {width} wide, at least {least} is needed there</source>
        <translation>{name} 太窄，無法分辨：{low} 到 {high} 只有 {width} 寬，這裡至少需要 {least}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>‖g‖ map</source>
        <translation>‖g‖ 圖</translation>
    </message>
    <message>
        <source>Colour by log₁₀‖∇L‖: plateaus and critical points are dark, steep slopes bright</source>
        <translation>依 log₁₀‖∇L‖ 著色：高原與臨界點呈暗色，陡坡呈亮色</translation>
    </message>
    <message>
        <source>Arrows (−g, eigenvectors)</source>
        <translation>箭頭（−g、特徵向量）</translation>
    </message>
    <message>
        <source>Draw −g and the eigenvectors scaled by |λ|</source>
        <translation>繪製 −g 和依 |λ| 縮放的特徵向量</translation>
    </message>
    <message>
        <source>Taylor overlay</source>
        <translation>泰勒展開疊加</translation>
    </message>
    <message>
        <source>Second-order Taylor model around θ: L + gᵀv + ½vᵀHv</source>
        <translation>θ 附近的二階泰勒展開模型：L + gᵀv + ½vᵀHv</translation>
    </message>
    <message>
        <source>Curvature map</source>
        <translation>曲率圖</translation>
    </message>
    <message>
        <source>Colour regions by the signs of H&apos;s eigenvalues</source>
        <translation>依 H 的特徵值正負為區域著色</translation>
    </message>
    <message>
        <source>Log surface</source>
        <translation>對數曲面</translation>
    </message>
    <message>
        <source>3-D heights as log(1 + L − min L)</source>
        <translation>3D 高度取 log(1 + L − min L)</translation>
    </message>
    <message>
        <source>Log levels</source>
        <translation>對數等高線</translation>
    </message>
    <message>
        <source>Heat map and contour levels as log(1 + L − min L)</source>
        <translation>熱圖和等高線層級取 log(1 + L − min L)</translation>
    </message>
    <message>
        <source>Lock aspect</source>
        <translation>鎖定長寬比</translation>
    </message>
    <message>
        <source>Equal scales on both axes of the contour map</source>
        <translation>等高線圖的兩個座標軸使用相同比例</translation>
    </message>
    <message>
        <source>3-D view unavailable</source>
        <translation>3D 檢視無法使用</translation>
    </message>
    <message>
        <source>Everything else works: the contour map, the panels and the critical points.</source>
        <translation>其他功能都正常：等高線圖、各面板和臨界點。</translation>
    </message>
    <message>
        <source>Preparing the 3-D view…</source>
        <translation>正在準備 3D 檢視…</translation>
    </message>
    <message>
        <source>Preparing the contour map…</source>
        <translation>正在準備等高線圖…</translation>
    </message>
    <message>
        <source>critexplorer — critical points of 2-parameter losses</source>
        <translation>critexplorer — 雙參數損失函數的臨界點</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Point</source>
        <translation>點</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Copy point as text</source>
        <translation>將點複製為文字</translation>
    </message>
    <message>
        <source>Copy point as LaTeX</source>
        <translation>將點複製為 LaTeX</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <source>Back to the formula, window and grid shown before the last change</source>
        <translation>回到上次變更前顯示的公式、顯示範圍和網格</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Reset view (window and 3-D camera)</source>
        <translation>重設檢視（顯示範圍和 3D 攝影機）</translation>
    </message>
    <message>
        <source>The preset&apos;s window, and the 3-D camera framing the surface</source>
        <translation>預設集的顯示範圍，以及框住曲面的 3D 攝影機</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>點(&amp;P)</translation>
    </message>
    <message>
        <source>Find critical points</source>
        <translation>尋找臨界點</translation>
    </message>
    <message>
        <source>Hide critical points</source>
        <translation>隱藏臨界點</translation>
    </message>
    <message>
        <source>Escape from saddle</source>
        <translation>逃離鞍點</translation>
    </message>
    <message>
        <source>Step along the eigenvector with λ &lt; 0 and show the drop in L</source>
        <translation>沿 λ &lt; 0 的特徵向量走一步，並顯示 L 的下降</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除選取</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>使用者指南</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>About critexplorer</source>
        <translation>關於 critexplorer</translation>
    </message>
    <message>
        <source>in the views: nudge the selection</source>
        <translation>在檢視中：微移所選點</translation>
    </message>
    <message>
        <source>in the views: nudge the selection ten times further</source>
        <translation>在檢視中：以十倍距離微移所選點</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>No runs to step: add some in the Optimizers tab</source>
        <translation>沒有可單步的執行：請在「最佳化器」分頁中新增</translation>
    </message>
    <message>
        <source>No runs to step back</source>
        <translation>沒有可倒退的執行</translation>
    </message>
    <message>
        <source>The runs are at their start</source>
        <translation>執行已在起點</translation>
    </message>
</context>
<context>
    <name>OptimizerPanel</name>
    <message>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>最佳化器</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>The run&apos;s colour in the views and plots</source>
        <translation>該執行在檢視和圖表中的顏色</translation>
    </message>
    <message>
        <source>lr schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Samples per mini-batch (1 to N) on a data-backed preset</source>
        <translation>以資料為基礎的預設集中每個小批次的樣本數（1 到 N）</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Seed for shuffling the mini-batches and for perturbed GD&apos;s noise: the same seed gives the same run</source>
        <translation>用於打亂小批次和擾動梯度下降雜訊的隨機種子：相同的種子產生相同的執行</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起點</translation>
    </message>
    <message>
        <source>Start point of the next run (or Ctrl+click a view)</source>
        <translation>下一次執行的起點（或在檢視中 Ctrl+點擊）</translation>
    </message>
    <message>
        <source>Set start</source>
        <translation>設定起點</translation>
    </message>
    <message>
        <source>While on, a click in either view sets the start (Ctrl+click does it any time)</source>
        <translation>開啟時，在任一檢視中點擊即設定起點（Ctrl+點擊隨時可用）</translation>
    </message>
    <message>
        <source>From selection</source>
        <translation>用選取點</translation>
    </message>
    <message>
        <source>Start at the selected point</source>
        <translation>從選取的點出發</translation>
    </message>
    <message>
        <source>Add run</source>
        <translation>新增執行</translation>
    </message>
    <message>
        <source>Add a run of this optimizer from the start point</source>
        <translation>從起點新增一次此最佳化器的執行</translation>
    </message>
    <message>
        <source>Add race</source>
        <translation>新增競賽</translation>
    </message>
    <message>
        <source>From the start point, one run each (default settings) of: {names}</source>
        <translation>從起點出發，以下每種各執行一次（預設設定）：{names}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Step ▸</source>
        <translation>單步 ▸</translation>
    </message>
    <message>
        <source>One step of every run (→ in this panel, or . anywhere)</source>
        <translation>所有執行各走一步（在此面板中按 →，或在任何地方按 .）</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暫停（空白鍵）</translation>
    </message>
    <message>
        <source>Reset ⟲</source>
        <translation>重設 ⟲</translation>
    </message>
    <message>
        <source>Every run back to its start</source>
        <translation>所有執行回到各自的起點</translation>
    </message>
    <message>
        <source>steps/s</source>
        <translation>步/秒</translation>
    </message>
    <message>
        <source>Steps per second while playing (high speeds take several steps per frame)</source>
        <translation>播放時每秒的步數（速度高時每個影格走多步）</translation>
    </message>
    <message>
        <source>step limit</source>
        <translation>步數上限</translation>
    </message>
    <message>
        <source>Runs stop after this many steps (at most {limit}), or sooner once settled; finished runs need a Reset to go on</source>
        <translation>執行在走完這麼多步後停止（最多 {limit} 步），穩定後會更早停止；已結束的執行需要重設才能繼續</translation>
    </message>
    <message>
        <source>−g arrows</source>
        <translation>−g 箭頭</translation>
    </message>
    <message>
        <source>White arrow along −∇L at each run&apos;s current point</source>
        <translation>在每個執行的目前點畫出沿 −∇L 的白色箭頭</translation>
    </message>
    <message>
        <source>update arrows</source>
        <translation>更新箭頭</translation>
    </message>
    <message>
        <source>Arrow in the run&apos;s colour along its last update Δθ, or its momentum (velocity) when it has one</source>
        <translation>以該執行的顏色畫出沿其上一次更新 Δθ 的箭頭；有動量（速度）時沿動量方向</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected runs</source>
        <translation>移除選取的執行</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Remove every run</source>
        <translation>移除所有執行</translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation>最佳化器</translation>
    </message>
    <message>
        <source>Run colour</source>
        <translation>執行顏色</translation>
    </message>
    <message>
        <source>{outcome}: {reason}</source>
        <translation>{outcome}：{reason}</translation>
    </message>
    <message>
        <source>Pause ❚❚</source>
        <translation>暫停 ❚❚</translation>
    </message>
    <message>
        <source>Play ▶</source>
        <translation>播放 ▶</translation>
    </message>
    <message>
        <source>play / pause the optimizer runs</source>
        <translation>播放 / 暫停最佳化器的執行</translation>
    </message>
    <message>
        <source>one step of every run</source>
        <translation>所有執行各走一步</translation>
    </message>
    <message>
        <source>in the Optimizers panel or the run plots: one step of every run</source>
        <translation>在最佳化器面板或執行圖表中：所有執行各走一步</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <source>optimizer {name}</source>
        <translation>最佳化器 {name}</translation>
    </message>
    <message>
        <source>Learning rate η (step size)</source>
        <translation>學習率 η（步長）</translation>
    </message>
    <message>
        <source>Added to the denominator so it never divides by zero</source>
        <translation>加到分母上，避免除以零</translation>
    </message>
    <message>
        <source>Momentum μ: how much of the last velocity is kept</source>
        <translation>動量 μ：保留上一步速度的比例</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>SGD (mini-batch)</source>
        <translation>SGD（小批次隨機梯度下降）</translation>
    </message>
    <message>
        <source>θ ← θ − η·g_B, g_B the mean gradient over a shuffled mini-batch</source>
        <translation>θ ← θ − η·g_B，g_B 為隨機打亂後一個小批次上的平均梯度</translation>
    </message>
    <message>
        <source>Momentum (heavy ball)</source>
        <translation>動量法（重球法）</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov 動量</translation>
    </message>
    <message>
        <source>Decay ρ of the squared-gradient average</source>
        <translation>梯度平方平均的衰減率 ρ</translation>
    </message>
    <message>
        <source>m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  θ ← θ − η·m̂ / (√v̂ + ε), with bias correction</source>
        <translation>m ← β₁m + (1−β₁)g；v ← β₂v + (1−β₂)g²；θ ← θ − η·m̂ / (√v̂ + ε)，含偏差校正</translation>
    </message>
    <message>
        <source>Decay β₁ of the gradient average</source>
        <translation>梯度平均的衰減率 β₁</translation>
    </message>
    <message>
        <source>Decay β₂ of the squared-gradient average</source>
        <translation>梯度平方平均的衰減率 β₂</translation>
    </message>
    <message>
        <source>Smallest |λ| used when dividing by the curvature, so a flat direction cannot send the step to infinity</source>
        <translation>除以曲率時使用的最小 |λ|，以免平坦方向使步長變成無限大</translation>
    </message>
    <message>
        <source>Newton (damped)</source>
        <translation>牛頓法（阻尼）</translation>
    </message>
    <message>
        <source>θ ← θ − η·H⁻¹g — converges to whatever critical point is near, saddles included</source>
        <translation>θ ← θ − η·H⁻¹g —— 收斂到附近的任何臨界點，包括鞍點</translation>
    </message>
    <message>
        <source>Step fraction η of the full Newton step (1 = undamped)</source>
        <translation>完整牛頓步所取的比例 η（1 = 無阻尼）</translation>
    </message>
    <message>
        <source>Saddle-free Newton</source>
        <translation>無鞍點牛頓法（Saddle-free Newton）</translation>
    </message>
    <message>
        <source>θ ← θ − η·|H|⁻¹g, |H| = Σ|λᵢ|uᵢuᵢᵀ (Dauphin et al. 2014) — escapes saddles</source>
        <translation>θ ← θ − η·|H|⁻¹g，|H| = Σ|λᵢ|uᵢuᵢᵀ（Dauphin 等人，2014）—— 能逃離鞍點</translation>
    </message>
    <message>
        <source>Step fraction η of the full |H|⁻¹g step</source>
        <translation>完整 |H|⁻¹g 步所取的比例 η</translation>
    </message>
    <message>
        <source>‖g‖ below this counts as stalled</source>
        <translation>‖g‖ 低於此值即視為停滯</translation>
    </message>
    <message>
        <source>GD + eigenvector escape</source>
        <translation>梯度下降 + 特徵向量逃離</translation>
    </message>
    <message>
        <source>GD; at a stall with λ_min &lt; 0, step along the eigenvector of λ_min</source>
        <translation>梯度下降；停滯且 λ_min &lt; 0 時，沿 λ_min 的特徵向量走一步</translation>
    </message>
    <message>
        <source>Length of the step along the escape eigenvector (1 = the lecture&apos;s unit eigenvector u)</source>
        <translation>沿逃離特徵向量所走的步長（1 = 講義中的單位特徵向量 u）</translation>
    </message>
    <message>
        <source>Perturbed GD</source>
        <translation>擾動梯度下降</translation>
    </message>
    <message>
        <source>GD; when ‖g‖ ≤ threshold, add noise from a disc of radius r (Jin et al. 2017)</source>
        <translation>梯度下降；當 ‖g‖ ≤ 門檻值時，加入半徑為 r 的圓盤內的隨機擾動（Jin 等人，2017）</translation>
    </message>
    <message>
        <source>Radius r of the random kick</source>
        <translation>隨機擾動的半徑 r</translation>
    </message>
    <message>
        <source>Steps after a kick before judging it (and before the next kick)</source>
        <translation>擾動後等待多少步再評估（也是下一次擾動前的步數）</translation>
    </message>
    <message>
        <source>A kick that lowered L by less than this found no escape: the point was a minimum</source>
        <translation>擾動使 L 下降不到此值即視為未能逃離：該點是極小值點</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>常數</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>階梯衰減</translation>
    </message>
    <message>
        <source>Multiply the learning rate by `factor` every this many steps</source>
        <translation>每隔這麼多步，將學習率乘以 `factor`</translation>
    </message>
    <message>
        <source>Multiplier applied at each drop</source>
        <translation>每次下降時乘上的倍數</translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation>指數衰減</translation>
    </message>
    <message>
        <source>Per-step multiplier</source>
        <translation>每步乘上的倍數</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>餘弦</translation>
    </message>
    <message>
        <source>Steps from η down to the floor (held there afterwards)</source>
        <translation>從 η 降到下限所用的步數（之後維持在下限）</translation>
    </message>
    <message>
        <source>Smallest learning rate, as a fraction of η</source>
        <translation>最小學習率，以 η 的比例表示</translation>
    </message>
    <message>
        <source>How fast the learning rate falls</source>
        <translation>學習率下降的快慢</translation>
    </message>
    <message>
        <source>unknown schedule {name} (known: {known})</source>
        <translation>未知的學習率排程 {name}（可用：{known}）</translation>
    </message>
    <message>
        <source>schedule {name}</source>
        <translation>學習率排程 {name}</translation>
    </message>
    <message>
        <source>{name} must be a number, got {value}</source>
        <translation>{name} 必須是數字，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be between {low} and {high}, got {value}</source>
        <translation>{name} 必須介於 {low} 到 {high} 之間，收到的是 {value}</translation>
    </message>
    <message>
        <source>{name} must be a whole number, got {value}</source>
        <translation>{name} 必須是整數，收到的是 {value}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>{owner} has no hyperparameter {name} (it has: {names})</source>
        <translation>{owner} 沒有超參數 {name}（它有：{names}）</translation>
    </message>
    <message>
        <source>unknown optimizer {name} (known: {known})</source>
        <translation>未知的最佳化器 {name}（可用：{known}）</translation>
    </message>
</context>
<context>
    <name>ParameterSliders</name>
    <message>
        <source>The lowest value of {name} on the slider</source>
        <translation>滑桿上 {name} 的最小值</translation>
    </message>
    <message>
        <source>The highest value of {name} on the slider</source>
        <translation>滑桿上 {name} 的最大值</translation>
    </message>
    <message>
        <source>Drag to change {name}; the surface follows</source>
        <translation>拖曳以改變 {name}；曲面隨之更新</translation>
    </message>
</context>
<context>
    <name>PointPanel</name>
    <message>
        <source>No point selected</source>
        <translation>未選取點</translation>
    </message>
    <message>
        <source>Escape along u₁</source>
        <translation>沿 u₁ 逃離</translation>
    </message>
    <message>
        <source>Step from the saddle along the eigenvector with λ &lt; 0 and show how much L drops (E)</source>
        <translation>從鞍點沿 λ &lt; 0 的特徵向量走一步，並顯示 L 下降了多少（E）</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>複製文字</translation>
    </message>
    <message>
        <source>Copy the values above as plain text</source>
        <translation>將上面的數值複製為純文字</translation>
    </message>
    <message>
        <source>Copy LaTeX</source>
        <translation>複製 LaTeX</translation>
    </message>
    <message>
        <source>Copy the values above as a LaTeX align* block</source>
        <translation>將上面的數值複製為 LaTeX align* 區塊</translation>
    </message>
    <message>
        <source>Click the contour map or the surface to inspect a point.</source>
        <translation>點擊等高線圖或曲面以檢視一個點。</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Presenter mode</source>
        <translation>簡報模式</translation>
    </message>
    <message>
        <source>Full screen, large text, lecture controls only (F11)</source>
        <translation>全螢幕、大字、只留授課用的控制項（F11）</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>縮小文字</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>正常文字大小</translation>
    </message>
    <message>
        <source>Next (step the runs)</source>
        <translation>下一步（執行前進一步）</translation>
    </message>
    <message>
        <source>Previous (step the runs back)</source>
        <translation>上一步（執行倒退一步）</translation>
    </message>
    <message>
        <source>Text size {percent} %</source>
        <translation>文字大小 {percent} %</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>unknown preset &apos;{name}&apos;; known presets: {known}</source>
        <translation>未知的預設集「{name}」；可用的預設集：{known}</translation>
    </message>
</context>
<context>
    <name>RunPlots</name>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>訓練週期 (epoch)</translation>
    </message>
    <message>
        <source>samples seen</source>
        <translation>已看過的樣本數</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation>{n} 個樣本</translation>
    </message>
    <message>
        <source>{name}: full batch, 1 update/epoch</source>
        <translation>{name}：全批次，每個訓練週期 1 次更新</translation>
    </message>
    <message>
        <source>{name}: batch {batch}, {updates} updates/epoch</source>
        <translation>{name}：批次 {batch}，每個訓練週期 {updates} 次更新</translation>
    </message>
    <message>
        <source>Epochs and samples seen need a loss backed by samples (the data-backed presets); this formula has none, so the plots count steps</source>
        <translation>訓練週期與已看過的樣本數需要由樣本構成的損失（資料驅動的預設集）；這個公式沒有樣本，所以圖表以步計數</translation>
    </message>
    <message>
        <source>What the plots&apos; x-axis counts: updates (steps), epochs (passes over the data), or samples seen. One epoch is ceil(N/B) updates of batch B; the last batch of an epoch may be short</source>
        <translation>圖表橫軸的計數：更新次數（步）、訓練週期（走過一遍資料）或已看過的樣本數。一個訓練週期是 ceil(N/B) 次批次為 B 的更新；每個週期的最後一個批次可能較小</translation>
    </message>
    <message>
        <source>x-axis:</source>
        <translation>橫軸：</translation>
    </message>
    <message>
        <source>‖∇L‖ (full batch) at each step, log scale</source>
        <translation>每一步的 ‖∇L‖（全批次），對數刻度</translation>
    </message>
    <message>
        <source>L at each step (full batch); log scale unless some L &lt; 0, with L = 0 drawn a decade below the smallest positive L</source>
        <translation>每一步的 L（全批次）；除非出現 L &lt; 0，否則用對數刻度，L = 0 畫在最小正 L 下方一個數量級處</translation>
    </message>
    <message>
        <source>L (log)</source>
        <translation>L (對數)</translation>
    </message>
    <message>
        <source>L (linear: L &lt; 0 occurs)</source>
        <translation>L (線性：出現 L &lt; 0)</translation>
    </message>
</context>
<context>
    <name>Runs</name>
    <message>
        <source>the loss or its gradient is not finite there</source>
        <translation>損失或其梯度在該處不是有限值</translation>
    </message>
    <message>
        <source>left the bounding box</source>
        <translation>離開了邊界框</translation>
    </message>
    <message>
        <source>the optimizer&apos;s step is not finite</source>
        <translation>最佳化器的步長不是有限值</translation>
    </message>
    <message>
        <source>reached the step limit</source>
        <translation>達到步數上限</translation>
    </message>
    <message>
        <source>it settled on a minimum</source>
        <translation>已穩定在一個最小值上</translation>
    </message>
    <message>
        <source>it stopped moving: its last {steps} steps left its point where it was</source>
        <translation>已停止移動：最近 {steps} 步沒有改變它的位置</translation>
    </message>
    <message>
        <source>; it hovers around the {outcome} at {point}</source>
        <translation>；它在 {point} 的{outcome}附近徘徊</translation>
    </message>
    <message>
        <source>optimizer: {error}</source>
        <translation>最佳化器：{error}</translation>
    </message>
    <message>
        <source>hyperparameters: {error}</source>
        <translation>超參數：{error}</translation>
    </message>
    <message>
        <source>schedule: {error}</source>
        <translation>學習率排程：{error}</translation>
    </message>
</context>
<context>
    <name>RunsModel</name>
    <message>
        <source>show a loss before restoring runs</source>
        <translation>還原執行前請先顯示一個損失函數</translation>
    </message>
    <message>
        <source>show a loss before adding a run</source>
        <translation>新增執行前請先顯示一個損失函數</translation>
    </message>
    <message>
        <source>{run} was removed: {problem}</source>
        <translation>已移除 {run}：{problem}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>both λ &gt; 0 (convex)</source>
        <translation>兩個 λ &gt; 0（凸）</translation>
    </message>
    <message>
        <source>both λ &lt; 0 (concave)</source>
        <translation>兩個 λ &lt; 0（凹）</translation>
    </message>
    <message>
        <source>mixed signs (saddle-shaped)</source>
        <translation>正負相反（鞍點形）</translation>
    </message>
    <message>
        <source>flat (λ ≈ 0)</source>
        <translation>平坦（λ ≈ 0）</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>Left drag: orbit · wheel: zoom · middle drag: pan · click: select (snaps to a critical point&apos;s marker) · Ctrl+0: reset the camera</source>
        <translation>左鍵拖曳：環繞 · 滾輪：縮放 · 中鍵拖曳：平移 · 按一下：選取（貼齊臨界點的標記） · Ctrl+0：重設攝影機</translation>
    </message>
    <message>
        <source>no critical points in view</source>
        <translation>檢視中沒有臨界點</translation>
    </message>
    <message>
        <source>too many critical points: zoom in</source>
        <translation>臨界點太多：請放大</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>{what} must be a number, got {text}</source>
        <translation>{what} 必須是數字，收到的是 {text}</translation>
    </message>
    <message>
        <source>{what} must be a finite number, got {text}</source>
        <translation>{what} 必須是有限的數字，收到的是 {text}</translation>
    </message>
    <message>
        <source>{option} must be from {low} to {high}{unit}, got {text}</source>
        <translation>{option} 必須介於 {low} 到 {high}{unit} 之間，收到的是 {text}</translation>
    </message>
    <message>
        <source>{option} needs two numbers like {a},{b} (e.g. {option}=-1.5,2), got {text}</source>
        <translation>{option} 需要兩個數字，形如 {a},{b}（例如 {option}=-1.5,2），收到的是 {text}</translation>
    </message>
    <message>
        <source>{option} needs WIDTHxHEIGHT in pixels, like 1920x1080; got {text}</source>
        <translation>{option} 需要以像素為單位的 寬x高，例如 1920x1080；收到的是 {text}</translation>
    </message>
    <message>
        <source>{option} must be {low} to {high} pixels per side; got {width}x{height}</source>
        <translation>{option} 每邊必須為 {low} 到 {high} 像素；收到的是 {width}x{height}</translation>
    </message>
    <message>
        <source>{option} must be a whole number from {low} to {high}, got {text}</source>
        <translation>{option} 必須是介於 {low} 到 {high} 之間的整數，收到的是 {text}</translation>
    </message>
    <message>
        <source>{option} needs two names like x,y, got {text}</source>
        <translation>{option} 需要兩個名稱，例如 x,y，收到的是 {text}</translation>
    </message>
    <message>
        <source>{what} needs NAME=VALUE (e.g. {example}), got {piece}</source>
        <translation>{what} 需要 名稱=數值（例如 {example}），收到的是 {piece}</translation>
    </message>
    <message>
        <source>{what} {name} must be a number, got {value}</source>
        <translation>{what} {name} 必須是數字，收到的是 {value}</translation>
    </message>
    <message>
        <source>{what} {name} must be a finite number, got {value}</source>
        <translation>{what} {name} 必須是有限的數字，收到的是 {value}</translation>
    </message>
</context>
<context>
    <name>WindowControls</name>
    <message>
        <source>smallest x shown</source>
        <translation>顯示的最小 x</translation>
    </message>
    <message>
        <source>largest x shown</source>
        <translation>顯示的最大 x</translation>
    </message>
    <message>
        <source>smallest y shown</source>
        <translation>顯示的最小 y</translation>
    </message>
    <message>
        <source>largest y shown</source>
        <translation>顯示的最大 y</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>Grid points per axis for the surface, contours and curvature map</source>
        <translation>曲面、等高線和曲率圖每個軸上的網格點數</translation>
    </message>
    <message>
        <source>Reset window</source>
        <translation>重設顯示範圍</translation>
    </message>
    <message>
        <source>Back to the preset&apos;s window and the 3-D camera&apos;s starting view (Ctrl+0)</source>
        <translation>回到預設集的顯示範圍和 3D 相機的初始視角（Ctrl+0）</translation>
    </message>
    <message>
        <source>z-scale</source>
        <translation>z 縮放</translation>
    </message>
    <message>
        <source>Vertical exaggeration of the 3-D surface</source>
        <translation>3D 曲面的垂直放大倍數</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>minimum</source>
        <translation>局部最小值</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>局部最大值</translation>
    </message>
    <message>
        <source>saddle</source>
        <translation>鞍點</translation>
    </message>
    <message>
        <source>not critical</source>
        <translation>非臨界點</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>無法判定</translation>
    </message>
    <message>
        <source>moving</source>
        <translation>仍在移動</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>停滯</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>發散</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>無定義</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>region</source>
        <translation>區域</translation>
    </message>
    <message>
        <source>point</source>
        <translation>點</translation>
    </message>
    <message>
        <source>degenerate</source>
        <translation>退化</translation>
    </message>
</context>
</TS>
