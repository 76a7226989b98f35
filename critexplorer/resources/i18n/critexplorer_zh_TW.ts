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
        <source>{prog}: internal error: {kind}: {text} (please report it; CRITEXPLORER_DEBUG=1 shows the traceback)</source>
        <translation>{prog}：內部錯誤：{kind}：{text}（請回報此問題；設定 CRITEXPLORER_DEBUG=1 可顯示追溯資訊）</translation>
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
        <source>--directions needs two directions like eig-min,eig-max; got {text}</source>
        <translation>--directions 需要兩個方向，例如 eig-min,eig-max；收到的是 {text}</translation>
    </message>
    <message>
        <source>{path} is not JSON ({problem})</source>
        <translation>{path} 不是 JSON 格式（{problem}）</translation>
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
        <source>--start X,Y is required (e.g. --start=-1,2)</source>
        <translation>必須指定 --start X,Y（例如 --start=-1,2）</translation>
    </message>
    <message>
        <source>--x-axis {axis} needs a data-backed preset (a loss with samples); this loss has none</source>
        <translation>--x-axis {axis} 需要以資料為基礎的預設集（帶樣本的損失）；這個損失沒有樣本</translation>
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
        <source>run it under xvfb-run (e.g. xvfb-run -a critexplorer export ...) or in a desktop session</source>
        <translation>請在 xvfb-run 下執行匯出（例如 xvfb-run -a critexplorer export ...），或在桌面工作階段中執行</translation>
    </message>
    <message>
        <source>run it in a desktop session, set DISPLAY to a running X server, or run it under xvfb-run (e.g. xvfb-run -a critexplorer ...)</source>
        <translation>請在桌面工作階段中執行，或將 DISPLAY 設為正在執行的 X 伺服器，或在 xvfb-run 下執行（例如 xvfb-run -a critexplorer ...）</translation>
    </message>
    <message>
        <source>QT_QPA_PLATFORM is wayland but WAYLAND_DISPLAY is not set</source>
        <translation>QT_QPA_PLATFORM 為 wayland，但未設定 WAYLAND_DISPLAY</translation>
    </message>
    <message>
        <source>there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)</source>
        <translation>沒有顯示器（DISPLAY 與 WAYLAND_DISPLAY 皆未設定）</translation>
    </message>
    <message>
        <source>there is no X server at DISPLAY={display}</source>
        <translation>DISPLAY={display} 上沒有 X 伺服器</translation>
    </message>
    <message>
        <source>cannot open the window: {problem}; {hint}</source>
        <translation>無法開啟視窗：{problem}；{hint}</translation>
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
        <source>the {view} view needs OpenGL and there is no display; {hint}</source>
        <translation>{view} 檢視需要 OpenGL，但沒有顯示器；{hint}</translation>
    </message>
    <message>
        <source>wrote {out} ({details})</source>
        <translation>已寫入 {out}（{details}）</translation>
    </message>
    <message>
        <source>the {view} view needs OpenGL: {reason} {hint}</source>
        <translation>{view} 檢視需要 OpenGL：{reason} {hint}</translation>
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
    <message>
        <source>--net {network} has {parameters} parameters; full Hessians are computed up to {most}</source>
        <translation>--net {network} 有 {parameters} 個參數；完整的海森矩陣最多只對 {most} 個參數計算</translation>
    </message>
    <message>
        <source>--data: no built-in data has {inputs} inputs; give a FILE.csv</source>
        <translation>--data：沒有內建資料有 {inputs} 個輸入；請指定 FILE.csv 檔案</translation>
    </message>
    <message>
        <source>1 sample</source>
        <translation>1 個樣本</translation>
    </message>
    <message>
        <source>%n samples</source>
        <translation>%n 個樣本</translation>
    </message>
    <message>
        <source>biases</source>
        <translation>有偏權值</translation>
    </message>
    <message>
        <source>no biases</source>
        <translation>無偏權值</translation>
    </message>
    <message>
        <source>network: {name} {activation}, {biases}, {loss}, {parameters} parameters; data: {data} ({samples})</source>
        <translation>網路：{name} {activation}，{biases}，{loss}，{parameters} 個參數；資料：{data}（{samples}）</translation>
    </message>
    <message>
        <source>runs: {done} of {asked} (seeds {first}…{last}) in {seconds} s</source>
        <translation>執行：{asked} 次中完成 {done} 次（隨機種子 {first}…{last}），耗時 {seconds} 秒</translation>
    </message>
    <message>
        <source>critical (|grad L| &lt;= {tolerance}): {critical} of {runs}; not critical: {other} ({flat} gradient-flat)</source>
        <translation>臨界點（|grad L| &lt;= {tolerance}）：{runs} 次中 {critical} 次；非臨界點：{other} 次（其中 {flat} 次梯度平坦）</translation>
    </message>
    <message>
        <source>minima (no negative eigenvalue): {minima} of the {critical} critical</source>
        <translation>最小值（無負特徵值）：{critical} 個臨界點中 {minima} 個</translation>
    </message>
    <message>
        <source>saddles: {percent}% of the critical runs</source>
        <translation>鞍點：占臨界點執行的 {percent}%</translation>
    </message>
    <message>
        <source>minimum ratio (positive / all eigenvalues): {low} to {high}</source>
        <translation>最小值比例（正特徵值 / 全部特徵值）：{low} 到 {high}</translation>
    </message>
    <message>
        <source>ratio among non-zero eigenvalues: {low} to {high} (zero: |eigenvalue| &lt;= {tol} x the largest)</source>
        <translation>非零特徵值中的比例：{low} 到 {high}（零：|特徵值| &lt;= {tol} × 最大值）</translation>
    </message>
    <message>
        <source>  (flat directions - symmetries, saturated or dead units - have zero eigenvalues, which keep the minimum ratio below 1 even at a minimum)</source>
        <translation>  （平坦方向——對稱性、飽和或失效的單元——的特徵值為零，即使在最小值處也使最小值比例低於 1）</translation>
    </message>
    <message>
        <source>loss at the critical points: {low} to {high}</source>
        <translation>臨界點處的損失：{low} 到 {high}</translation>
    </message>
    <message>
        <source>median loss where training stopped: {loss}; the search for grad L = 0 from there moved a median |delta theta| = {distance}</source>
        <translation>訓練停止處損失的中位數：{loss}；從那裡求解 grad L = 0 移動的 |delta theta| 中位數 = {distance}</translation>
    </message>
    <message>
        <source>no run reached a critical point</source>
        <translation>沒有執行到達臨界點</translation>
    </message>
    <message>
        <source>{option}: {problem}</source>
        <translation>{option}：{problem}</translation>
    </message>
    <message>
        <source>give one of FORMULA, --preset NAME or --slice RESULTS.json</source>
        <translation>請指定 FORMULA（公式）、--preset NAME（預設集）或 --slice RESULTS.json 其中之一</translation>
    </message>
    <message>
        <source>--slice-run and --directions go with --slice RESULTS.json</source>
        <translation>--slice-run 與 --directions 要與 --slice RESULTS.json 一起使用</translation>
    </message>
</context>
<context>
    <name>CLIHelp</name>
    <message>
        <source>critexplorer [WINDOW OPTIONS] [FORMULA | FILE.critx]
       critexplorer COMMAND [OPTIONS]    (critexplorer COMMAND --help shows a command&apos;s options)</source>
        <translation>critexplorer [視窗選項] [FORMULA | FILE.critx]
       critexplorer COMMAND [選項]    （critexplorer COMMAND --help 顯示該指令的選項）</translation>
    </message>
    <message>
        <source>
Explore the critical points of 2-parameter loss surfaces.

With no command, critexplorer opens the window:
  critexplorer                          the window with the lecture example
  critexplorer --preset himmelblau      the window with a built-in loss
  critexplorer &quot;x^2 - y^2&quot;              the window with your formula
  critexplorer session.critx            the window with a saved session
</source>
        <translation>
探索雙參數損失曲面的臨界點（critical point）。

不帶指令時，critexplorer 開啟視窗：
  critexplorer                          開啟講義中的例子
  critexplorer --preset himmelblau      開啟內建的損失（預設集）
  critexplorer &quot;x^2 - y^2&quot;              開啟你的公式
  critexplorer session.critx            開啟儲存的工作階段
</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer inspect &quot;(1-w1*w2)^2&quot; --at 0,0
  critexplorer inspect &quot;x^2 - y^2&quot; --at=-1.5,2 --json
  critexplorer critical --preset himmelblau --json
  critexplorer presets

Formulas use + - * / and ^ or ** for powers, pi, e and functions such as exp, log, sin, sqrt, tanh,
sigmoid, softplus, relu, maximum(a, b). Run &quot;critexplorer COMMAND --help&quot; for a command&apos;s options.
Exit status: 0 on success, 2 on bad input (with one line on stderr).
</source>
        <translation>
範例：
  critexplorer inspect &quot;(1-w1*w2)^2&quot; --at 0,0
  critexplorer inspect &quot;x^2 - y^2&quot; --at=-1.5,2 --json
  critexplorer critical --preset himmelblau --json
  critexplorer presets                  （列出預設集）

公式可用 + - * /，乘冪用 ^ 或 **，常數 pi、e，以及 exp、log、sin、sqrt、tanh、sigmoid、softplus、relu、
maximum(a, b) 等函數。執行 &quot;critexplorer COMMAND --help&quot; 查看某個指令的選項。
結束狀態：成功為 0，輸入有誤為 2（stderr 上有一行說明）。
</translation>
    </message>
    <message>
        <source>window options (with no COMMAND)</source>
        <translation>視窗選項（不帶 COMMAND 時）</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置參數</translation>
    </message>
    <message>
        <source>options</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>顯示此說明訊息並結束</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>顯示版本號並結束</translation>
    </message>
    <message>
        <source>the loss, e.g. &quot;(1-w1*w2)^2&quot;; ^ means power (quote it for the shell)</source>
        <translation>損失函數，例如 &quot;(1-w1*w2)^2&quot;；^ 表示乘冪（在 shell 中請加引號）</translation>
    </message>
    <message>
        <source>use a built-in loss instead of FORMULA (list them: critexplorer presets)</source>
        <translation>用內建的損失代替 FORMULA（列出預設集：critexplorer presets）</translation>
    </message>
    <message>
        <source>the two variables, in order (default: detected, x before y, w1 before w2)</source>
        <translation>兩個變數，依順序（預設：自動偵測，x 在 y 前，w1 在 w2 前）</translation>
    </message>
    <message>
        <source>bind an extra name in the formula to a number; repeat for more</source>
        <translation>把公式中多出的名稱綁定為一個數；可重複使用</translation>
    </message>
    <message>
        <source>instead of FORMULA: the slice of a network&apos;s loss through a run of `critexplorer experiment`</source>
        <translation>代替 FORMULA：穿過 `critexplorer experiment` 中某次執行的網路損失切片</translation>
    </message>
    <message>
        <source>the run of RESULTS.json to slice through (default 0)</source>
        <translation>要切片的 RESULTS.json 中的執行（預設 0）</translation>
    </message>
    <message>
        <source>slice directions: eig-min, eig-max, eig:K, random:SEED (default eig-min,eig-max)</source>
        <translation>切片方向：eig-min、eig-max、eig:K、random:SEED（預設 eig-min,eig-max）</translation>
    </message>
    <message>
        <source>print JSON only (non-finite numbers as null)</source>
        <translation>只輸出 JSON（非有限的數寫作 null）</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer basins --preset himmelblau --optimizer newton --grid 128 --steps 200
  critexplorer basins --preset himmelblau --optimizer saddle-free-newton --json
  critexplorer basins &quot;(1-w1*w2)^2&quot; --optimizer gd --lr 0.05 --grid 64 --png lecture-gd.png
  critexplorer basins --preset himmelblau --optimizer adam --lr 0.1 --xlim=-1,5 --ylim=-3,3

labels: row 0 is the lowest y, column 0 the lowest x; &gt;= 0 an attractor id, -1 moving, -2 diverged.
</source>
        <translation>
範例（預設集、最佳化器和網格大小）：
  critexplorer basins --preset himmelblau --optimizer newton --grid 128 --steps 200
  critexplorer basins --preset himmelblau --optimizer saddle-free-newton --json      （無鞍點牛頓法）
  critexplorer basins &quot;(1-w1*w2)^2&quot; --optimizer gd --lr 0.05 --grid 64 --png lecture-gd.png
  critexplorer basins --preset himmelblau --optimizer adam --lr 0.1 --xlim=-1,5 --ylim=-3,3

標籤：第 0 列是最小的 y，第 0 欄是最小的 x；&gt;= 0 為吸引點編號，-1 為仍在移動，-2 為發散。
</translation>
    </message>
    <message>
        <source>basin map: where an optimizer ends from every cell of a grid over the window</source>
        <translation>吸引盆圖：最佳化器從顯示範圍內網格的每個格子出發，最終停在哪裡</translation>
    </message>
    <message>
        <source>Run the optimizer from the centre of every cell of a grid over the window, each until it settles, diverges or reaches the step limit, and label each start by the critical point (or critical curve) of the window&apos;s atlas it ended at, or as moving or diverged. Prints the fraction of starts ending at each type of point.</source>
        <translation>從顯示範圍內網格每個格子的中心執行最佳化器，直到穩定、發散或達到步數上限，並依其最終到達的臨界點圖譜中的臨界點（或臨界曲線）為每個起點加上標籤，或標為仍在移動、發散。輸出停在各類點上的起點所占的比例。</translation>
    </message>
    <message>
        <source>N x N starts (default: {default}, at most {most})</source>
        <translation>N x N 個起點（預設：{default}，至多 {most}）</translation>
    </message>
    <message>
        <source>the step limit of each start (default: {default})</source>
        <translation>每個起點的步數上限（預設：{default}）</translation>
    </message>
    <message>
        <source>range of the first variable (default: the preset&apos;s window, else -2,2)</source>
        <translation>第一個變數的範圍（預設：預設集的顯示範圍，否則 -2,2）</translation>
    </message>
    <message>
        <source>range of the second variable (default: the preset&apos;s window, else -2,2)</source>
        <translation>第二個變數的範圍（預設：預設集的顯示範圍，否則 -2,2）</translation>
    </message>
    <message>
        <source>seed of the noise and shuffling; the start of cell i uses seed + i (default: 0)</source>
        <translation>雜訊和打亂順序的隨機種子；第 i 個格子的起點使用 seed + i（預設：0）</translation>
    </message>
    <message>
        <source>also draw the map as a PNG picture</source>
        <translation>同時把吸引盆圖畫成 PNG 圖片</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer critical &quot;(x^2+y-11)^2 + (x+y^2-7)^2&quot; --xlim -6,6 --ylim -6,6
  critexplorer critical &quot;(1-w1*w2)^2&quot; --json          (the valley w1*w2 = 1 is one curve)
  critexplorer critical --preset six-hump-camel        (the preset&apos;s window)
  critexplorer critical --preset rastrigin --xlim=-1.5,1.5 --ylim=-1.5,1.5 --json
</source>
        <translation>
範例：
  critexplorer critical &quot;(x^2+y-11)^2 + (x+y^2-7)^2&quot; --xlim -6,6 --ylim -6,6
  critexplorer critical &quot;(1-w1*w2)^2&quot; --json          （谷底 w1*w2 = 1 是一條曲線）
  critexplorer critical --preset six-hump-camel        （使用預設集的顯示範圍）
  critexplorer critical --preset rastrigin --xlim=-1.5,1.5 --ylim=-1.5,1.5 --json
</translation>
    </message>
    <message>
        <source>find every critical point and critical curve in a window</source>
        <translation>找出顯示範圍內的每個臨界點和臨界曲線</translation>
    </message>
    <message>
        <source>Find every critical point of the loss in the rectangle --xlim x --ylim, refine and classify each one, and report valleys or ridges of critical points as curves.</source>
        <translation>找出損失在矩形 --xlim x --ylim 內的每個臨界點，逐一精化並分類，並把由臨界點組成的谷底或山脊回報為曲線。</translation>
    </message>
    <message>
        <source>train many small networks to critical points and count their Hessians&apos; signs</source>
        <translation>把許多小型網路訓練到臨界點，並統計其海森矩陣特徵值的正負</translation>
    </message>
    <message>
        <source>built-in data: {names}</source>
        <translation>內建資料：{names}</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer experiment                                   50 runs of 1-4-1 tanh on the regression data
  critexplorer experiment --runs 100 --jobs 2 --out results.json
  critexplorer experiment --net 1-1-1 --activation linear --no-bias --data lecture --runs 10
  critexplorer experiment --net 2-3-2 --loss cross-entropy --data moons --json
  critexplorer experiment --data my.csv --net 3-5-1          (the first 3 columns are inputs)
  critexplorer experiment --scheduler tcp://127.0.0.1:8786   (a Dask cluster: pip install &apos;.[cluster]&apos;)
</source>
        <translation>
範例：
  critexplorer experiment                                   在 regression 資料上執行 1-4-1 tanh 網路 50 次
  critexplorer experiment --runs 100 --jobs 2 --out results.json
  critexplorer experiment --net 1-1-1 --activation linear --no-bias --data lecture --runs 10
  critexplorer experiment --net 2-3-2 --loss cross-entropy --data moons --json
  critexplorer experiment --data my.csv --net 3-5-1          （前 3 欄是輸入）
  critexplorer experiment --scheduler tcp://127.0.0.1:8786   （Dask 叢集：pip install &apos;.[cluster]&apos;）
</translation>
    </message>
    <message>
        <source>Train many seeded small networks, solve grad L = 0 from where training ends (Levenberg-Marquardt, which finds saddles as readily as minima), and report every point: loss, |grad L|, whether it is critical, and all eigenvalues of the Hessian with the lecture&apos;s minimum ratio (positive / all) and Dauphin&apos;s index (negative / all).</source>
        <translation>訓練許多設定了隨機種子的小型網路，從訓練結束處求解 grad L = 0（Levenberg–Marquardt 法，找鞍點和找最小值一樣容易），並回報每個點：損失、|grad L|、是否為臨界點，以及海森矩陣的全部特徵值，附講義中的最小值比例（正 / 全部）和 Dauphin 指數（負 / 全部）。</translation>
    </message>
    <message>
        <source>layer sizes (default {default})</source>
        <translation>各層大小（預設 {default}）</translation>
    </message>
    <message>
        <source>hidden activation</source>
        <translation>隱藏層激活函數</translation>
    </message>
    <message>
        <source>no biases in any layer</source>
        <translation>所有層都不用偏差</translation>
    </message>
    <message>
        <source>mse, or cross-entropy on classes</source>
        <translation>mse，或對類別用 cross-entropy（交叉熵）</translation>
    </message>
    <message>
        <source>built-in data or a CSV (default: by the inputs)</source>
        <translation>內建資料或 CSV（預設：依輸入個數選擇）</translation>
    </message>
    <message>
        <source>how many runs (50)</source>
        <translation>執行次數（50）</translation>
    </message>
    <message>
        <source>run k starts from seed S+k (default 0)</source>
        <translation>第 k 次執行從種子 S+k 開始（預設 0）</translation>
    </message>
    <message>
        <source>worker processes (default: every core)</source>
        <translation>工作程序數（預設：每個核心一個）</translation>
    </message>
    <message>
        <source>a dask.distributed scheduler, tcp://HOST:PORT</source>
        <translation>dask.distributed 排程器位址，tcp://HOST:PORT</translation>
    </message>
    <message>
        <source>Adam steps before the solve ({default})</source>
        <translation>求解之前的 Adam 步數（預設 {default}）</translation>
    </message>
    <message>
        <source>also write the JSON to this file</source>
        <translation>同時把 JSON 寫入這個檔案</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer export &quot;(1-w1*w2)^2&quot; --view contour --out lecture.png --point 0,0 --critical
  critexplorer export --preset himmelblau --view contour --out himmelblau.svg --critical
  critexplorer export --preset lecture --out saddle.png --point 0,0 --caption
  critexplorer export --preset himmelblau --view contour --out race.gif --run gd:0.2,-0.3 \
      --run adam:0.2,-0.3:lr=0.1 --run newton:0.2,-0.3 --steps 60 --fps 12 --size 1280x720
  xvfb-run -a critexplorer export --preset rosenbrock --view both --out slide.png --size 3840x2160
  critexplorer export --preset himmelblau --view basins --optimizer newton --grid 128 --out newton.png
  critexplorer export &quot;x^2 - y^2&quot; --out trails.csv --run gd:1,0.01 --run momentum:1,0.01

Runs: OPTIMIZER:X,Y[:NAME=VALUE,...], e.g. adam:-1,2:lr=0.05.
</source>
        <translation>
匯出範例（預設集、附圖說的投影片、競賽動畫、吸引盆網格、軌跡 CSV）：
  critexplorer export &quot;(1-w1*w2)^2&quot; --view contour --out lecture.png --point 0,0 --critical
  critexplorer export --preset himmelblau --view contour --out himmelblau.svg --critical
  critexplorer export --preset lecture --out saddle.png --point 0,0 --caption      （鞍點，附圖說）
  critexplorer export --preset himmelblau --view contour --out race.gif --run gd:0.2,-0.3 \
      --run adam:0.2,-0.3:lr=0.1 --run newton:0.2,-0.3 --steps 60 --fps 12 --size 1280x720
  xvfb-run -a critexplorer export --preset rosenbrock --view both --out slide.png --size 3840x2160
  critexplorer export --preset himmelblau --view basins --optimizer newton --grid 128 --out newton.png
  critexplorer export &quot;x^2 - y^2&quot; --out trails.csv --run gd:1,0.01 --run momentum:1,0.01      （梯度下降與動量法）

執行的寫法：OPTIMIZER:X,Y[:NAME=VALUE,...]（最佳化器:起點[:超參數]），例如 adam:-1,2:lr=0.05。
</translation>
    </message>
    <message>
        <source>formats (the suffix of --out):</source>
        <translation>格式（由 --out 的副檔名決定）：</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>不是圖片</translation>
    </message>
    <message>
        <source>needs --run</source>
        <translation>需要 --run</translation>
    </message>
    <message>
        <source>{name}, {kind}: {facts}</source>
        <translation>{name}，{kind}：{facts}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} 或 {last}</translation>
    </message>
    <message>
        <source>save the views or the runs to a file ({suffixes})</source>
        <translation>把檢視或執行儲存為檔案（{suffixes}）</translation>
    </message>
    <message>
        <source>Render the explorer&apos;s views to a file without opening a window: the contour view, the 3-D surface, both side by side, or the whole window. The contour view works with no display at all; the 3-D view needs OpenGL (a desktop or xvfb-run).</source>
        <translation>不開啟視窗，把探索器的檢視匯出為檔案：等高線檢視、3D 曲面、兩者並排，或整個視窗。等高線檢視完全不需要顯示器；3D 檢視需要 OpenGL（桌面環境或 xvfb-run）。</translation>
    </message>
    <message>
        <source>what to draw (default: contour)</source>
        <translation>要畫什麼（預設：contour）</translation>
    </message>
    <message>
        <source>output file: {suffixes}</source>
        <translation>輸出檔案：{suffixes}</translation>
    </message>
    <message>
        <source>picture size in pixels (default: {sizes})</source>
        <translation>圖片尺寸，以像素計（預設：{sizes}）</translation>
    </message>
    <message>
        <source>enlarge text and lines by S (default: 1 up to 1080p, 2 at 4K)</source>
        <translation>把文字和線條放大 S 倍（預設：1080p 以下為 1，4K 為 2）</translation>
    </message>
    <message>
        <source>slide: white background, dark axes, larger text (default); screen: as shown</source>
        <translation>slide：白色背景、深色座標軸、較大文字（預設）；screen：與螢幕顯示相同</translation>
    </message>
    <message>
        <source>transparent background ({formats})</source>
        <translation>透明背景（{formats}）</translation>
    </message>
    <message>
        <source>a caption under the picture: TEXT, or without it the formula and the --point with its type</source>
        <translation>圖片下方的圖說：TEXT；不給 TEXT 時為公式以及 --point 點及其類型</translation>
    </message>
    <message>
        <source>the ‖g‖ map layer: colour by log10 of the gradient&apos;s length</source>
        <translation>‖g‖ 圖層：依梯度長度的 log10 著色</translation>
    </message>
    <message>
        <source>x range (default: the preset&apos;s, else -2,2)</source>
        <translation>x 範圍（預設：預設集的範圍，否則 -2,2）</translation>
    </message>
    <message>
        <source>y range (default: the preset&apos;s, else -2,2)</source>
        <translation>y 範圍（預設：預設集的範圍，否則 -2,2）</translation>
    </message>
    <message>
        <source>grid points per axis (default 256)</source>
        <translation>每個座標軸的網格點數（預設 256）</translation>
    </message>
    <message>
        <source>select this point: marker, −g and eigenvector arrows</source>
        <translation>選取這個點：標記、−g 和特徵向量箭頭</translation>
    </message>
    <message>
        <source>mark every critical point in view</source>
        <translation>標出檢視中的每個臨界點</translation>
    </message>
    <message>
        <source>add an optimizer run; repeatable</source>
        <translation>加入一次最佳化器執行；可重複使用</translation>
    </message>
    <message>
        <source>step limit of the runs (default {default}, at most {most}; a run stops once it settles) or of each start of a basin map (default {basin_default})</source>
        <translation>各次執行的步數上限（預設 {default}，至多 {most}；執行一旦穩定就停止），或吸引盆圖每個起點的步數上限（預設 {basin_default}）</translation>
    </message>
    <message>
        <source>the basin map (--view basins; the options of critexplorer basins)</source>
        <translation>吸引盆圖（--view basins；與 critexplorer basins 的選項相同）</translation>
    </message>
    <message>
        <source>seed of the noise and shuffling; cell i starts with seed + i (default: 0)</source>
        <translation>雜訊和打亂順序的隨機種子；第 i 個格子從 seed + i 開始（預設：0）</translation>
    </message>
    <message>
        <source>N x N starts (default {default})</source>
        <translation>N x N 個起點（預設 {default}）</translation>
    </message>
    <message>
        <source>{help} (default {default})</source>
        <translation>{help}（預設 {default}）</translation>
    </message>
    <message>
        <source>{size} for {formats}</source>
        <translation>{formats} 為 {size}</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer inspect &quot;(1-w1*w2)^2&quot; --at 0,0
  critexplorer inspect &quot;x^2 - y^2&quot; --at=-1.5,2 --json
  critexplorer inspect &quot;a*x^2 + y^2&quot; --param a=3 --at 1,-1
  critexplorer inspect --preset himmelblau --at 3,2
</source>
        <translation>
範例：
  critexplorer inspect &quot;(1-w1*w2)^2&quot; --at 0,0
  critexplorer inspect &quot;x^2 - y^2&quot; --at=-1.5,2 --json
  critexplorer inspect &quot;a*x^2 + y^2&quot; --param a=3 --at 1,-1
  critexplorer inspect --preset himmelblau --at 3,2      （內建預設集）
</translation>
    </message>
    <message>
        <source>analyze one point: gradient, Hessian, eigenvalues, type, escape directions</source>
        <translation>分析一個點：梯度、海森矩陣、特徵值、類型、逃離方向</translation>
    </message>
    <message>
        <source>Analyze the loss at one point: value, gradient, Hessian, its eigenvalues and unit eigenvectors, whether the point is critical and of which type, and the directions that escape a saddle.</source>
        <translation>分析損失在一個點上的情況：函數值、梯度、海森矩陣（Hessian）及其特徵值和單位特徵向量、該點是否為臨界點及其類型，以及逃離鞍點的方向。</translation>
    </message>
    <message>
        <source>the point; negative numbers work as --at=-1.5,2 and --at -1.5,2</source>
        <translation>要分析的點；負數可寫成 --at=-1.5,2 或 --at -1.5,2</translation>
    </message>
    <message>
        <source>language of the text (default: the window&apos;s last choice, else the locale); JSON never changes</source>
        <translation>文字的語言（預設：視窗上次的選擇，否則依系統地區設定）；JSON 永遠不變</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer presets
  critexplorer presets --json
  critexplorer presets --preset rosenbrock
</source>
        <translation>
範例（列出預設集）：
  critexplorer presets
  critexplorer presets --json
  critexplorer presets --preset rosenbrock
</translation>
    </message>
    <message>
        <source>list the built-in losses</source>
        <translation>列出內建的損失函數</translation>
    </message>
    <message>
        <source>List the built-in losses: name, formula, variables, view window and description. Use a name with --preset NAME in any command.</source>
        <translation>列出內建的損失函數（預設集）：名稱、公式、變數、顯示範圍和說明。在任何指令中用 --preset NAME 使用其中之一。</translation>
    </message>
    <message>
        <source>show only this preset</source>
        <translation>只顯示這個預設集</translation>
    </message>
    <message>
        <source>run an optimizer from a start point: trajectory, outcome label and final point</source>
        <translation>從一個起點執行最佳化器：軌跡、結果標籤和終點</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer run &quot;(1-w1*w2)^2&quot; --optimizer gd --start 0,0 --steps 50
  critexplorer run &quot;(1-w1*w2)^2&quot; --optimizer eigen-escape --start 0,0 --steps 300 --json
  critexplorer run --preset himmelblau --optimizer newton --start=-0.2,-1.9 --steps 20
  critexplorer run --preset himmelblau --optimizer adam --start -4,4 --lr 0.1 --csv trail.csv
  critexplorer run --preset chain-data --optimizer sgd --start 0.3,-0.5 --batch-size 2 --seed 7
  critexplorer run --preset chain-data --optimizer sgd --start 0.3,-0.5 --batch-size 4 --x-axis epoch --csv -
  critexplorer run &quot;x^2 + 10*y^2&quot; --optimizer gd --start 2,1 --lr 0.05 --schedule cosine:period=200

optimizers: {optimizers}
schedules:  {schedules} (NAME:key=value,... e.g. step:every=50,factor=0.5)
other hyperparameters: --hp NAME=VALUE, e.g. --hp beta2=0.99 or --hp damping=0.1
  (critexplorer run --list shows every optimizer with its hyperparameters and defaults)
</source>
        <translation>
範例（預設集、軌跡 CSV、小批次）：
  critexplorer run &quot;(1-w1*w2)^2&quot; --optimizer gd --start 0,0 --steps 50
  critexplorer run &quot;(1-w1*w2)^2&quot; --optimizer eigen-escape --start 0,0 --steps 300 --json
  critexplorer run --preset himmelblau --optimizer newton --start=-0.2,-1.9 --steps 20
  critexplorer run --preset himmelblau --optimizer adam --start -4,4 --lr 0.1 --csv trail.csv
  critexplorer run --preset chain-data --optimizer sgd --start 0.3,-0.5 --batch-size 2 --seed 7
  critexplorer run --preset chain-data --optimizer sgd --start 0.3,-0.5 --batch-size 4 --x-axis epoch --csv -
  critexplorer run &quot;x^2 + 10*y^2&quot; --optimizer gd --start 2,1 --lr 0.05 --schedule cosine:period=200

最佳化器：{optimizers}
學習率排程：{schedules}（NAME:key=value,...，例如 step:every=50,factor=0.5）
其他超參數：--hp NAME=VALUE，例如 --hp beta2=0.99 或 --hp damping=0.1
  （critexplorer run --list 列出每個最佳化器及其超參數和預設值）
</translation>
    </message>
    <message>
        <source>Run an optimizer on the loss from a start point for a number of steps. Prints the trajectory (the start first), the outcome (minimum, saddle, maximum, moving or diverged) and the analysis of the final point (the same fields as inspect). On data-backed presets (chain-data, linear-regression, logistic-regression, plateau) sgd uses shuffled mini-batches; on a formula it is gradient descent with exact gradients.</source>
        <translation>從一個起點在損失上執行最佳化器若干步。輸出軌跡（起點在前）、結果（最小值、鞍點、最大值、仍在移動或發散）以及終點的分析（欄位與 inspect 相同）。在有資料的預設集（chain-data、linear-regression、logistic-regression、plateau）上，sgd 使用打亂順序的小批次；在公式上它就是用精確梯度的梯度下降。</translation>
    </message>
    <message>
        <source>the start point; negative numbers work as --start=-1,2 and --start -1,2</source>
        <translation>起點；負數可寫成 --start=-1,2 或 --start -1,2</translation>
    </message>
    <message>
        <source>the step limit (default: {default}, at most {most}); a run stops earlier once it diverges or settles</source>
        <translation>步數上限（預設：{default}，至多 {most}）；執行一旦發散或穩定就會提前停止</translation>
    </message>
    <message>
        <source>mini-batch size on a data-backed preset</source>
        <translation>有資料的預設集上的小批次大小</translation>
    </message>
    <message>
        <source>seed of the shuffling and noise (default: 0); same seed, same run</source>
        <translation>打亂順序和雜訊的隨機種子（預設：0）；種子相同，執行就相同</translation>
    </message>
    <message>
        <source>what each trajectory row also counts: epoch (samples seen / N) or samples (seen so far), on a data-backed preset; a column after step in --csv, x_axis in --json (default: step)</source>
        <translation>軌跡每一列另外計數的量：epoch（已看過的樣本數 / N）或 samples（至今已看過的樣本數），用於有資料的預設集；在 --csv 中是 step 之後的一欄，在 --json 中是 x_axis（預設：step）</translation>
    </message>
    <message>
        <source>write run,optimizer,step,X,Y,loss rows to FILE (&apos;-&apos; for stdout)</source>
        <translation>把 run,optimizer,step,X,Y,loss（執行、最佳化器、步、X、Y、損失）各列寫入 FILE（&apos;-&apos; 表示標準輸出）</translation>
    </message>
    <message>
        <source>list the optimizers and their hyperparameters</source>
        <translation>列出各個最佳化器及其超參數</translation>
    </message>
    <message>
        <source>the optimizer (default: gd)</source>
        <translation>最佳化器（預設：gd）</translation>
    </message>
    <message>
        <source>learning rate (default: the optimizer&apos;s own)</source>
        <translation>學習率（預設：最佳化器自己的預設值）</translation>
    </message>
    <message>
        <source>momentum, for momentum and nesterov</source>
        <translation>動量，用於 momentum 和 nesterov</translation>
    </message>
    <message>
        <source>any other hyperparameter of the optimizer; repeat for more</source>
        <translation>最佳化器的任何其他超參數；可重複使用</translation>
    </message>
    <message>
        <source>learning-rate schedule (default: constant)</source>
        <translation>學習率排程（預設：constant）</translation>
    </message>
    <message>
        <source>
examples:
  critexplorer                                   the lecture example
  critexplorer --preset himmelblau --find-critical
  critexplorer &quot;a*x^2 - y^2&quot; --param a=2 --select=-1,0.5
  critexplorer lecture.critx                     a saved session
  critexplorer --preset himmelblau --race gd,adam,newton --start=-0.2,-1.9 --screenshot race.png
  critexplorer --slice results.json --slice-run 3 --directions eig-min,eig-max
</source>
        <translation>
範例：
  critexplorer                                   講義中的例子
  critexplorer --preset himmelblau --find-critical           （預設集，找出全部臨界點）
  critexplorer &quot;a*x^2 - y^2&quot; --param a=2 --select=-1,0.5
  critexplorer lecture.critx                     儲存的工作階段
  critexplorer --preset himmelblau --race gd,adam,newton --start=-0.2,-1.9 --screenshot race.png
                                                 （最佳化器競賽，儲存螢幕截圖）
  critexplorer --slice results.json --slice-run 3 --directions eig-min,eig-max
</translation>
    </message>
    <message>
        <source>open the explorer window (what critexplorer does with no command)</source>
        <translation>開啟探索器視窗（不帶指令時 critexplorer 就這樣做）</translation>
    </message>
    <message>
        <source>Open the explorer window on a formula, a preset or a .critx session. Without a command, critexplorer takes these options and opens the window.</source>
        <translation>用一個公式、一個預設集或一個 .critx 工作階段開啟探索器視窗。不帶指令時，critexplorer 接受這些選項並開啟視窗。</translation>
    </message>
    <message>
        <source>a formula such as &quot;(1 - w1*w2)^2&quot;, or a .critx session</source>
        <translation>公式，例如 &quot;(1 - w1*w2)^2&quot;，或 .critx 工作階段</translation>
    </message>
    <message>
        <source>open a preset by name (see: critexplorer presets)</source>
        <translation>依名稱開啟預設集（參見：critexplorer presets）</translation>
    </message>
    <message>
        <source>the two variables of the formula, in order</source>
        <translation>公式的兩個變數，依順序</translation>
    </message>
    <message>
        <source>bind a parameter of the formula; repeatable</source>
        <translation>為公式的一個參數賦值；可重複使用</translation>
    </message>
    <message>
        <source>x range of the window</source>
        <translation>顯示範圍的 x 範圍</translation>
    </message>
    <message>
        <source>y range of the window</source>
        <translation>顯示範圍的 y 範圍</translation>
    </message>
    <message>
        <source>grid points per axis ({low}-{high})</source>
        <translation>每個座標軸的網格點數（{low}-{high}）</translation>
    </message>
    <message>
        <source>select this point at start</source>
        <translation>啟動時選取這個點</translation>
    </message>
    <message>
        <source>find every critical point at start</source>
        <translation>啟動時找出每個臨界點</translation>
    </message>
    <message>
        <source>show the second-order Taylor overlay</source>
        <translation>顯示二階泰勒展開疊加層</translation>
    </message>
    <message>
        <source>show the curvature map layer</source>
        <translation>顯示曲率圖層</translation>
    </message>
    <message>
        <source>log(1 + L − min L) surface and contour levels</source>
        <translation>曲面和等高線使用 log(1 + L − min L)</translation>
    </message>
    <message>
        <source>show the ‖g‖ map layer (colour by log10 of the gradient&apos;s length)</source>
        <translation>顯示 ‖g‖ 圖層（依梯度長度的 log10 著色）</translation>
    </message>
    <message>
        <source>optimizer runs to add at start, comma-separated (e.g. gd,adam,newton); they run to the end before a --screenshot</source>
        <translation>啟動時要加入的最佳化器執行，用逗號分隔（例如 gd,adam,newton）；在 --screenshot 螢幕截圖之前會執行到底</translation>
    </message>
    <message>
        <source>what the run plots count: step, epoch or samples seen (data-backed presets)</source>
        <translation>執行曲線圖的橫軸：步數（step）、輪次（epoch）或已看過的樣本數（samples，有資料的預設集）</translation>
    </message>
    <message>
        <source>start point of the optimizer runs</source>
        <translation>最佳化器執行的起點</translation>
    </message>
    <message>
        <source>step limit of the optimizer runs (at most {most})</source>
        <translation>最佳化器執行的步數上限（至多 {most}）</translation>
    </message>
    <message>
        <source>open a lesson (see: critexplorer lessons) or a lesson file</source>
        <translation>開啟一個課程（見 critexplorer lessons）或課程檔案</translation>
    </message>
    <message>
        <source>with --lesson: open it at step K (from 1)</source>
        <translation>與 --lesson 一起使用：從第 K 步開啟（從 1 開始）</translation>
    </message>
    <message>
        <source>save a PNG of the whole window and exit</source>
        <translation>儲存整個視窗的 PNG 螢幕截圖後結束</translation>
    </message>
    <message>
        <source>window size, e.g. 1400x900</source>
        <translation>視窗大小，例如 1400x900</translation>
    </message>
    <message>
        <source>presenter mode: full screen, large text (with --screenshot: at --size)</source>
        <translation>簡報模式：全螢幕、大字（配合 --screenshot 螢幕截圖時依 --size 大小）</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <source>  ({values})</source>
        <translation>（{values}）</translation>
    </message>
    <message>
        <source>   ·   θ = {point}, L = {value}: {kind}</source>
        <translation>   ·   θ = {point}，L = {value}：{kind}</translation>
    </message>
    <message>
        <source>the caption must be at most {limit} characters, got {length}</source>
        <translation>圖說最多 {limit} 個字元，收到的是 {length} 個</translation>
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
        <source>Cancelled: the slice is shown as before</source>
        <translation>已取消：切片維持原樣顯示</translation>
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
    <name>Export</name>
    <message>
        <source>at least {low} and at most {high}{unit}</source>
        <translation>至少 {low}、至多 {high}{unit}</translation>
    </message>
    <message>
        <source>above {low} and at most {high}{unit}</source>
        <translation>大於 {low}、至多 {high}{unit}</translation>
    </message>
    <message>
        <source>the {label} must be a whole number {range}, got {value}</source>
        <translation>{label}必須是整數，{range}；收到的是 {value}</translation>
    </message>
    <message>
        <source>the {label} must be {range}, got {value}</source>
        <translation>{label}必須{range}；收到的是 {value}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>{suffix} is {kind} for {drawn}; use {others} for {view}</source>
        <translation>{suffix} 是用於{drawn}的{kind}；{view}請用 {others}</translation>
    </message>
    <message>
        <source>another format</source>
        <translation>其他格式</translation>
    </message>
    <message>
        <source>a {name} is at most {width}x{height} pixels, got {got}</source>
        <translation>{name} 最大為 {width}x{height} 像素，收到的是 {got}</translation>
    </message>
    <message>
        <source>{kind} shows optimizer runs: add at least one run (e.g. --run gd:0.5,1)</source>
        <translation>{kind}顯示的是最佳化器的執行：請至少加入一次執行（例如 --run gd:0.5,1）</translation>
    </message>
    <message>
        <source>{count} run(s)</source>
        <translation>{count} 次執行</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>cannot export to {suffix} ({name}); use one of {known}</source>
        <translation>無法匯出為 {suffix}（{name}）；請使用下列其中之一：{known}</translation>
    </message>
    <message>
        <source>no suffix</source>
        <translation>無副檔名</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>第 {step} 步</translation>
    </message>
    <message>
        <source>an animation</source>
        <translation>動畫格式</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>影格速率</translation>
    </message>
    <message>
        <source>gif frame rate</source>
        <translation>GIF 影格速率</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 格/秒</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>影格數</translation>
    </message>
    <message>
        <source>at most this many gif frames, evenly spaced over the steps</source>
        <translation>GIF 最多這麼多影格，在各步之間平均取樣</translation>
    </message>
    <message>
        <source>a {size} GIF of {frames} frames is too large: at most {most} frames at that size (width × height × frames at most {cap}, e.g. 1280x720 with {example} frames); choose fewer frames or a smaller size</source>
        <translation>{size} 的 GIF 共 {frames} 格，太大了：這個尺寸最多 {most} 格（寬 × 高 × 影格數至多 {cap}，例如 1280x720 配 {example} 格）；請減少影格數或縮小尺寸</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>圖片格式</translation>
    </message>
    <message>
        <source>the picture came out blank; nothing was written</source>
        <translation>產生的圖片是空白的；沒有寫入任何檔案</translation>
    </message>
    <message>
        <source>a table of the runs&apos; steps</source>
        <translation>各次執行逐步的表格</translation>
    </message>
    <message>
        <source>{rows} rows from {count} run(s)</source>
        <translation>{rows} 列，來自 {count} 次執行</translation>
    </message>
    <message>
        <source>a vector format</source>
        <translation>向量格式</translation>
    </message>
    <message>
        <source>Contour view</source>
        <translation>等高線檢視</translation>
    </message>
    <message>
        <source>3-D view</source>
        <translation>3D 檢視</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>兩者並排</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>整個視窗</translation>
    </message>
    <message>
        <source>Basin map (contour view)</source>
        <translation>吸引盆圖（等高線檢視）</translation>
    </message>
    <message>
        <source>the contour view</source>
        <translation>等高線檢視</translation>
    </message>
    <message>
        <source>the 3-D view</source>
        <translation>3D 檢視</translation>
    </message>
    <message>
        <source>both views side by side</source>
        <translation>並排的兩個檢視</translation>
    </message>
    <message>
        <source>the whole window</source>
        <translation>整個視窗</translation>
    </message>
    <message>
        <source>the basin map on the contour view</source>
        <translation>等高線檢視上的吸引盆圖</translation>
    </message>
    <message>
        <source>the 3-D view needs OpenGL, and none is available here; {hint}</source>
        <translation>3D 檢視需要 OpenGL，但這裡沒有可用的 OpenGL；{hint}</translation>
    </message>
    <message>
        <source>run it under a display, e.g. xvfb-run -a critexplorer export ...</source>
        <translation>請在有顯示器的環境中執行匯出，例如 xvfb-run -a critexplorer export ...</translation>
    </message>
    <message>
        <source>unknown view {view}; choose {views}</source>
        <translation>未知的檢視 {view}；請選擇 {views}</translation>
    </message>
    <message>
        <source>the basins view needs a basin map (critexplorer export --view basins makes one)</source>
        <translation>吸引盆檢視需要一張吸引盆圖（critexplorer export --view basins 會產生匯出用的圖）</translation>
    </message>
    <message>
        <source>unknown theme {theme}; choose {themes}</source>
        <translation>未知的主題 {theme}；請選擇 {themes}</translation>
    </message>
    <message>
        <source>the size must be {low} to {high} pixels per side, got {size}</source>
        <translation>尺寸每邊必須為 {low} 到 {high} 像素，收到的是 {size}</translation>
    </message>
    <message>
        <source>the scale must be between {low} and {high}, got {scale}</source>
        <translation>縮放倍數必須在 {low} 和 {high} 之間，收到的是 {scale}</translation>
    </message>
    <message>
        <source>a {size} picture has no room for its caption; make it taller</source>
        <translation>{size} 的圖片放不下圖說；請把圖片加高</translation>
    </message>
    <message>
        <source>Qt could not encode the picture as {format}</source>
        <translation>Qt 無法把圖片編碼為 {format}</translation>
    </message>
    <message>
        <source>there is nothing to export yet: apply a formula first</source>
        <translation>還沒有可匯出的內容：請先套用一個公式</translation>
    </message>
    <message>
        <source>the 3-D view rendered an empty picture (no working OpenGL); {hint}</source>
        <translation>3D 檢視算繪出的圖片是空的（OpenGL 無法運作）；{hint}</translation>
    </message>
    <message>
        <source>there is no window to export</source>
        <translation>沒有可匯出的視窗</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Cannot copy the image: {reason}</source>
        <translation>無法複製圖片：{reason}</translation>
    </message>
    <message>
        <source>Copied a {width}×{height} picture of the {view}</source>
        <translation>已複製{view}的 {width}×{height} 圖片</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自訂</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Export picture</source>
        <translation>匯出圖片</translation>
    </message>
    <message>
        <source>Enlarges text and lines; the picture keeps its pixel size</source>
        <translation>放大文字和線條；圖片的像素尺寸不變</translation>
    </message>
    <message>
        <source>Slide: white background, dark axes, larger text</source>
        <translation>投影片：白色背景、深色座標軸、較大的文字</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>與螢幕上相同</translation>
    </message>
    <message>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>圖說</translation>
    </message>
    <message>
        <source>A line of text under the picture: the formula and the selected point</source>
        <translation>圖片下方的一行文字：公式和選取的點</translation>
    </message>
    <message>
        <source>The caption&apos;s text (filled in from what is shown; edit it freely)</source>
        <translation>圖說的文字（依目前顯示的內容填好；可隨意修改）</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>複製圖片</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copied a {width}×{height} picture</source>
        <translation>已複製 {width}×{height} 的圖片</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>已匯出 {path}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>無法寫入 {path}：{reason}</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>沒有此檔案或目錄</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允許的操作</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>是一個目錄</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>不是目錄</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>裝置上沒有剩餘空間</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>唯讀檔案系統</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>檔案名稱過長</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>檔案已存在</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>超出磁碟配額</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>符號連結層數過多</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>無法讀取 {path}：{reason}</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>這是資料夾，不是檔案</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe or a device); only files are read</source>
        <translation>這不是一般檔案（而是管道或裝置）；只讀取檔案</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB</source>
        <translation>超過 {limit} MB</translation>
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
        <source>&apos;{bracket}&apos; is never closed</source>
        <translation>「{bracket}」沒有閉合</translation>
    </message>
    <message>
        <source>&apos;{bracket}&apos; closes no open bracket</source>
        <translation>「{bracket}」沒有對應的左括號</translation>
    </message>
    <message>
        <source>&apos;{closing}&apos; does not close &apos;{opening}&apos;</source>
        <translation>「{closing}」與「{opening}」不相符</translation>
    </message>
    <message>
        <source>a number runs into a name</source>
        <translation>數字後面緊接著名稱</translation>
    </message>
    <message>
        <source>a whole number cannot start with 0 (write 12, not 012)</source>
        <translation>整數不能以 0 開頭（寫 12，不要寫 012）</translation>
    </message>
    <message>
        <source>&apos;\&apos; is not allowed</source>
        <translation>不允許使用「\」</translation>
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
    <name>Lesson</name>
    <message>
        <source>{where} is empty</source>
        <translation>{where} 是空的</translation>
    </message>
    <message>
        <source>{where}: cannot read {name}: {reason}</source>
        <translation>{where}：無法讀取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{where}: {name} is not an experiment&apos;s results: {reason}</source>
        <translation>{where}：{name} 不是實驗的結果：{reason}</translation>
    </message>
    <message>
        <source>{where}: {name} is not an experiment&apos;s results</source>
        <translation>{where}：{name} 不是實驗的結果</translation>
    </message>
    <message>
        <source>{where} must be a list of two directions, like [&quot;eig-min&quot;, &quot;eig-max&quot;]</source>
        <translation>{where} 必須是含兩個方向的清單，例如 [&quot;eig-min&quot;, &quot;eig-max&quot;]</translation>
    </message>
    <message>
        <source>{where} must give exactly one of &quot;preset&quot;, &quot;formula&quot; and &quot;slice&quot;</source>
        <translation>{where} 必須恰好給出 &quot;preset&quot;（預設集）、&quot;formula&quot;（公式）和 &quot;slice&quot;（切片）其中之一</translation>
    </message>
    <message>
        <source>{vars} and {params} go with a formula</source>
        <translation>{vars} 和 {params} 要與公式一起使用</translation>
    </message>
    <message>
        <source>{where} {name} is not a preset of this critexplorer</source>
        <translation>{where} {name} 不是這個 critexplorer 的預設集</translation>
    </message>
    <message>
        <source>{where} cannot be used: {reason}</source>
        <translation>{where} 無法使用：{reason}</translation>
    </message>
    <message>
        <source>{where} needs a selected point (&quot;select&quot;) to escape from</source>
        <translation>{where} 需要一個選取的點（&quot;select&quot;）作為逃離的起點</translation>
    </message>
    <message>
        <source>{where} must be a list of {names}</source>
        <translation>{where} 必須是由 {names} 組成的清單</translation>
    </message>
    <message>
        <source>{where} must be a list of at most {limit} runs</source>
        <translation>{where} 必須是至多 {limit} 個執行的清單</translation>
    </message>
    <message>
        <source>{where} must be a whole number from {low} to {high}, or &quot;end&quot;</source>
        <translation>{where} 必須是 {low} 到 {high} 的整數，或 &quot;end&quot;</translation>
    </message>
    <message>
        <source>{where} needs runs to play</source>
        <translation>{where} 需要有可播放的執行</translation>
    </message>
    <message>
        <source>{where} {axis} needs a data-backed preset (a formula has only steps)</source>
        <translation>{where} {axis} 需要有資料的預設集（公式只有步數）</translation>
    </message>
    <message>
        <source>{where} must have exactly one of {names}</source>
        <translation>{where} 必須恰好有 {names} 其中之一</translation>
    </message>
    <message>
        <source>{where} goes with a &quot;run&quot; check</source>
        <translation>{where} 要與 &quot;run&quot; 檢查一起使用</translation>
    </message>
    <message>
        <source>{where} must be true</source>
        <translation>{where} 必須是 true</translation>
    </message>
    <message>
        <source>the step</source>
        <translation>該步</translation>
    </message>
    <message>
        <source>the lesson</source>
        <translation>該課程</translation>
    </message>
    <message>
        <source>it is not a critexplorer lesson (no {field})</source>
        <translation>它不是 critexplorer 課程（沒有 {field}）</translation>
    </message>
    <message>
        <source>it was written for a newer critexplorer (lesson version {version}; this one reads up to {newest})</source>
        <translation>它是為較新版的 critexplorer 撰寫的（課程版本 {version}；這個版本最多讀取到 {newest}）</translation>
    </message>
    <message>
        <source>lesson &quot;{name}&quot;</source>
        <translation>課程「{name}」</translation>
    </message>
    <message>
        <source>{where} must be a list of 1 to {limit} steps</source>
        <translation>{where} 必須是含 1 到 {limit} 步的清單</translation>
    </message>
    <message>
        <source>step {number}, {reason}</source>
        <translation>第 {number} 步，{reason}</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}：{reason}</translation>
    </message>
    <message>
        <source>it is not a lesson (its JSON cannot be read)</source>
        <translation>它不是課程（無法讀取其 JSON）</translation>
    </message>
    <message>
        <source>lesson file {name}</source>
        <translation>課程檔案 {name}</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>它不是檔案</translation>
    </message>
    <message>
        <source>it is larger than {kilobytes} KB, the limit for a lesson</source>
        <translation>它大於 {kilobytes} KB，這是課程的上限</translation>
    </message>
    <message>
        <source>it is not a text file (not UTF-8)</source>
        <translation>它不是文字檔案（不是 UTF-8）</translation>
    </message>
    <message>
        <source>built-in lesson {name}</source>
        <translation>內建課程 {name}</translation>
    </message>
    <message>
        <source>no built-in lesson {name} (known: {known})</source>
        <translation>沒有內建課程 {name}（現有：{known}）</translation>
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
    <name>Networks</name>
    <message>
        <source>one sample x = 1, y = 1: with 1-1-1 linear, no bias, L = (1 − w1·w2)²</source>
        <translation>一個樣本 x = 1，y = 1：搭配 1-1-1、線性、無偏權值，L = (1 − w1·w2)²</translation>
    </message>
    <message>
        <source>the lecture&apos;s chain samples (16 points, y = x), as in the chain-data preset</source>
        <translation>講義中的鏈式樣本（16 個點，y = x），與 chain-data 預設集相同</translation>
    </message>
    <message>
        <source>64 points of y = sin(1.5x) + 0.3x on [-2, 2] (1 input, 1 target)</source>
        <translation>[-2, 2] 上 y = sin(1.5x) + 0.3x 的 64 個點（1 個輸入，1 個目標）</translation>
    </message>
    <message>
        <source>64 points on an 8 × 8 grid of a noisy 2-D surface (2 inputs, 1 target)</source>
        <translation>帶雜訊的二維曲面在 8 × 8 網格上的 64 個點（2 個輸入，1 個目標）</translation>
    </message>
    <message>
        <source>the 4 XOR points (2 inputs, 1 target: 0 or 1, or its class)</source>
        <translation>XOR 的 4 個點（2 個輸入，1 個目標：0 或 1，或其類別）</translation>
    </message>
    <message>
        <source>two moons: 64 points in 2-D, two classes (2 inputs, 1 target: 0 or 1)</source>
        <translation>雙月資料：二維平面上的 64 個點，兩個類別（2 個輸入，1 個目標：0 或 1）</translation>
    </message>
    <message>
        <source>unknown data {name}: give a .csv file or one of {known}</source>
        <translation>未知資料 {name}：請指定 .csv 檔案或下列之一：{known}</translation>
    </message>
    <message>
        <source>{name} line {line}: {problem}</source>
        <translation>{name} 第 {line} 行：{problem}</translation>
    </message>
    <message>
        <source>{name}: no rows of numbers</source>
        <translation>{name}：沒有數字列</translation>
    </message>
    <message>
        <source>{name} line {line}, column {column}: {cell} is not a number (columns are separated by commas)</source>
        <translation>{name} 第 {line} 行第 {column} 欄：{cell} 不是數字（各欄以逗號分隔）</translation>
    </message>
    <message>
        <source>{name} line {line}, column {column}: {cell} is not a number</source>
        <translation>{name} 第 {line} 行第 {column} 欄：{cell} 不是數字</translation>
    </message>
    <message>
        <source>{name} line {line}, column {column}: {cell} is not a finite number</source>
        <translation>{name} 第 {line} 行第 {column} 欄：{cell} 不是有限數</translation>
    </message>
    <message>
        <source>{name} line {line}: {count} columns where the rows above have {width}</source>
        <translation>{name} 第 {line} 行：有 {count} 欄，而上面各行有 {width} 欄</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}…（共 {count} 個字元）</translation>
    </message>
    <message>
        <source>cannot read {path}: it is not a file</source>
        <translation>無法讀取 {path}：它不是檔案</translation>
    </message>
    <message>
        <source>{name}: larger than {limit} MB</source>
        <translation>{name}：超過 {limit} MB</translation>
    </message>
    <message>
        <source>cannot read {path}: it is not a text file (not UTF-8)</source>
        <translation>無法讀取 {path}：它不是文字檔案（不是 UTF-8）</translation>
    </message>
    <message>
        <source>{name} line {line}: {count} columns, but the {network} network with {loss} needs {expected} ({inputs} inputs, then 1 target)</source>
        <translation>{name} 第 {line} 行：有 {count} 欄，但使用 {loss} 的 {network} 網路需要 {expected} 欄（{inputs} 個輸入，接著 1 個目標）</translation>
    </message>
    <message>
        <source>{name} line {line}: {count} columns, but the {network} network with {loss} needs {expected} ({inputs} inputs, then %n targets)</source>
        <translation>{name} 第 {line} 行：有 {count} 欄，但使用 {loss} 的 {network} 網路需要 {expected} 欄（{inputs} 個輸入，接著 %n 個目標）</translation>
    </message>
    <message>
        <source>data {name} has {count} input column(s); the {network} network takes {inputs}</source>
        <translation>資料 {name} 有 {count} 個輸入欄；{network} 網路需要 {inputs} 個</translation>
    </message>
    <message>
        <source>data {name} has {count} target column(s); the {network} network has {outputs} output(s)</source>
        <translation>資料 {name} 有 {count} 個目標欄；{network} 網路有 {outputs} 個輸出</translation>
    </message>
    <message>
        <source>cross-entropy takes one class column; data {name} has {count}</source>
        <translation>交叉熵 (cross-entropy) 需要一個類別欄；資料 {name} 有 {count} 欄</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>第 {line} 行</translation>
    </message>
    <message>
        <source>sample {sample}</source>
        <translation>第 {sample} 個樣本</translation>
    </message>
    <message>
        <source>{name} {where}: class {value} is not one of 0…{last} (the {network} network has {outputs} outputs)</source>
        <translation>{name} {where}：類別 {value} 不在 0…{last} 之中（{network} 網路有 {outputs} 個輸出）</translation>
    </message>
    <message>
        <source>--scheduler needs dask.distributed: pip install &apos;critexplorer[cluster]&apos;</source>
        <translation>--scheduler 需要 dask.distributed：請執行 pip install &apos;critexplorer[cluster]&apos;</translation>
    </message>
    <message>
        <source>cannot reach the Dask scheduler at {address}: {problem}</source>
        <translation>無法連線到位於 {address} 的 Dask 排程器：{problem}</translation>
    </message>
    <message>
        <source>a network needs at least two layer sizes of 1 or more, got {layers}</source>
        <translation>網路至少需要兩個層大小，每個至少為 1；收到的是 {layers}</translation>
    </message>
    <message>
        <source>unknown activation {name} (known: {known})</source>
        <translation>未知的激活函數 {name}（可選：{known}）</translation>
    </message>
    <message>
        <source>unknown loss {name} (known: {known})</source>
        <translation>未知的損失 {name}（可選：{known}）</translation>
    </message>
    <message>
        <source>cross-entropy needs at least 2 outputs (one per class)</source>
        <translation>交叉熵 (cross-entropy) 至少需要 2 個輸出（每個類別一個）</translation>
    </message>
    <message>
        <source>layer sizes are whole numbers joined by &apos;-&apos;, like 2-8-1; got {text}</source>
        <translation>層大小是用「-」連接的整數，例如 2-8-1；收到的是 {text}</translation>
    </message>
</context>
<context>
    <name>NetworksMenu</name>
    <message>
        <source>&amp;Networks</source>
        <translation>網路(&amp;N)</translation>
    </message>
    <message>
        <source>Experiment on small networks…</source>
        <translation>小型網路實驗…</translation>
    </message>
    <message>
        <source>Train many small networks to critical points; scatter their spectra; open slices</source>
        <translation>將許多小型網路訓練到臨界點；繪製它們的譜散佈圖；開啟切片</translation>
    </message>
</context>
<context>
    <name>NetworksWindow</name>
    <message>
        <source>The lecture&apos;s: training loss against minimum ratio</source>
        <translation>講義的圖：訓練損失對最小值比例</translation>
    </message>
    <message>
        <source>minimum ratio (positive λ / all)</source>
        <translation>最小值比例（正 λ / 全部）</translation>
    </message>
    <message>
        <source>training loss L</source>
        <translation>訓練損失 L</translation>
    </message>
    <message>
        <source>Dauphin et al.&apos;s: index against loss</source>
        <translation>Dauphin 等人的圖：指標對損失</translation>
    </message>
    <message>
        <source>index (negative λ / all)</source>
        <translation>指標（負 λ / 全部）</translation>
    </message>
    <message>
        <source>critexplorer — critical points of small networks</source>
        <translation>critexplorer — 小型網路的臨界點</translation>
    </message>
    <message>
        <source>Layer sizes I-H-…-O, e.g. 1-4-1, 2-8-1 or 1-1-1</source>
        <translation>各層大小 I-H-…-O，例如 1-4-1、2-8-1 或 1-1-1</translation>
    </message>
    <message>
        <source>biases</source>
        <translation>偏權值</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>（預設）</translation>
    </message>
    <message>
        <source>The built-in set for the network&apos;s inputs and loss</source>
        <translation>適合該網路輸入與損失的內建資料集</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV 檔案…</translation>
    </message>
    <message>
        <source>Your own data: the first I columns inputs, then the targets</source>
        <translation>您自己的資料：前 I 欄是輸入，其餘是目標</translation>
    </message>
    <message>
        <source>Worker processes (runs are the same for any number)</source>
        <translation>工作行程數（結果與行程數無關）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函數</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>執行次數</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>行程數</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Flat directions (symmetries, unused units, more parameters than the data pins down) give zero eigenvalues, which keep the lecture&apos;s ratio (positive / all) below 1 even at a true minimum; “among non-zero” is positive / (positive + negative), 1 at such a minimum.</source>
        <translation>平坦方向（對稱性、未使用的單元、比資料所能確定的更多的參數）給出零特徵值，即使在真正的最小值處也使講義的比例（正 / 全部）低於 1；「非零中」是 正 / (正 + 負)，在這樣的最小值處為 1。</translation>
    </message>
    <message>
        <source>Two of eig-min, eig-max, eig:K (K-th ascending), random:SEED</source>
        <translation>eig-min、eig-max、eig:K（由小到大第 K 個）、random:SEED 中的兩個</translation>
    </message>
    <message>
        <source>Open slice</source>
        <translation>開啟切片</translation>
    </message>
    <message>
        <source>Show L(θ* + a·d₁ + b·d₂) in the explorer&apos;s views</source>
        <translation>在探索器的視圖中顯示 L(θ* + a·d₁ + b·d₂)</translation>
    </message>
    <message>
        <source>Choose a network and Run: each run trains, then solves ∇L = 0 and takes H&apos;s spectrum.</source>
        <translation>選擇網路並執行：每次執行先訓練，再求解 ∇L = 0，並計算 H 的譜。</translation>
    </message>
    <message>
        <source>Click a dot: its spectrum and numbers.</source>
        <translation>點擊一個點：顯示它的譜和數值。</translation>
    </message>
    <message>
        <source>{network} on {data}: starting…</source>
        <translation>{network}，資料 {data}：正在開始…</translation>
    </message>
    <message>
        <source>Cancelling: the runs under way finish, then stop…</source>
        <translation>正在取消：進行中的執行完成後停止…</translation>
    </message>
    <message>
        <source>{done} of {total} runs · about {left} s left</source>
        <translation>{total} 次執行中完成 {done} 次 · 約剩 {left} 秒</translation>
    </message>
    <message>
        <source>0 of {total} runs</source>
        <translation>{total} 次執行中完成 0 次</translation>
    </message>
    <message>
        <source>Cancelled: {done} of {total} runs kept</source>
        <translation>已取消：保留了 {total} 次執行中的 {done} 次</translation>
    </message>
    <message>
        <source>1 run done</source>
        <translation>完成 1 次執行</translation>
    </message>
    <message>
        <source>%n runs done</source>
        <translation>完成 %n 次執行</translation>
    </message>
    <message>
        <source>Data for the network</source>
        <translation>網路的資料</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 檔案 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>no built-in data has {inputs} inputs: choose a CSV file</source>
        <translation>沒有 {inputs} 個輸入的內建資料：請選擇 CSV 檔案</translation>
    </message>
    <message>
        <source>The experiment stopped: {reason}</source>
        <translation>實驗已停止：{reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{network} {activation}&lt;/b&gt; ({parameters} parameters) on {data}: {critical} of {runs} runs critical, {minima} of them minima, {flat} gradient-flat.</source>
        <translation>&lt;b&gt;{network} {activation}&lt;/b&gt;（{parameters} 個參數），資料 {data}：{runs} 次執行中 {critical} 次到達臨界點，其中 {minima} 個是最小值，{flat} 次梯度平坦。</translation>
    </message>
    <message>
        <source>Minimum ratio {low} … {high}</source>
        <translation>最小值比例 {low} … {high}</translation>
    </message>
    <message>
        <source> (among non-zero λ: {low} … {high})</source>
        <translation>（非零 λ 中：{low} … {high}）</translation>
    </message>
    <message>
        <source>Saddles: {percent} % of the critical runs.</source>
        <translation>鞍點：占臨界點執行的 {percent} %。</translation>
    </message>
    <message>
        <source>a minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>a saddle</source>
        <translation>鞍點</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>臨界點</translation>
    </message>
    <message>
        <source>gradient-flat, not critical</source>
        <translation>梯度平坦，不是臨界點</translation>
    </message>
    <message>
        <source>not critical (stalled)</source>
        <translation>不是臨界點（停滯）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run {run}&lt;/b&gt; (seed {seed}): {status}&lt;br&gt;L = {loss}, ‖∇L‖ = {norm}&lt;br&gt;{count} eigenvalues: {positive} positive, {negative} negative, {zero} zero (|λ| ≤ {zero_below})&lt;br&gt;λ from {lowest} to {highest}&lt;br&gt;minimum ratio {ratio}, index {index}, among non-zero λ {nonzero}</source>
        <translation>&lt;b&gt;執行 {run}&lt;/b&gt;（隨機種子 {seed}）：{status}&lt;br&gt;L = {loss}，‖∇L‖ = {norm}&lt;br&gt;{count} 個特徵值：{positive} 個正，{negative} 個負，{zero} 個零（|λ| ≤ {zero_below}）&lt;br&gt;λ 從 {lowest} 到 {highest}&lt;br&gt;最小值比例 {ratio}，指標 {index}，非零 λ 中 {nonzero}</translation>
    </message>
    <message>
        <source>give two directions, like eig-min,eig-max</source>
        <translation>請給出兩個方向，例如 eig-min,eig-max</translation>
    </message>
    <message>
        <source>Computing the slice…</source>
        <translation>正在計算切片…</translation>
    </message>
    <message>
        <source>Showing the slice {slice}; θ* is at (0, 0)</source>
        <translation>正在顯示切片 {slice}；θ* 位於 (0, 0)</translation>
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
    <name>RunScatter</name>
    <message>
        <source>critical, minimum (no negative λ)</source>
        <translation>臨界點，最小值（無負 λ）</translation>
    </message>
    <message>
        <source>critical, saddle</source>
        <translation>臨界點，鞍點</translation>
    </message>
    <message>
        <source>gradient-flat (not critical)</source>
        <translation>梯度平坦（不是臨界點）</translation>
    </message>
    <message>
        <source>not critical</source>
        <translation>不是臨界點</translation>
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
    <message>
        <source>batch size must be between 1 and {size} (the number of samples), got {batch}</source>
        <translation>批次大小必須介於 1 到 {size}（樣本數）之間，收到的是 {batch}</translation>
    </message>
    <message>
        <source>unknown x-axis {name} (known: {known})</source>
        <translation>未知的橫軸 {name}（可選：{known}）</translation>
    </message>
    <message>
        <source>{axis} needs a loss backed by samples (a data-backed preset)</source>
        <translation>{axis} 需要帶樣本的損失（以資料為基礎的預設集）</translation>
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
    <name>Session</name>
    <message>
        <source>a PNG image</source>
        <translation>一張 PNG 圖片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>一張 GIF 圖片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>一份 PDF 文件</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>一張 JPEG 圖片</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>一個 zip 壓縮檔</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>一個程式</translation>
    </message>
    <message>
        <source>it contains {name}, which is not a number JSON allows</source>
        <translation>其中含有 {name}，這不是 JSON 允許的數字</translation>
    </message>
    <message>
        <source>{where} must be a number, not {kind}</source>
        <translation>{where} 必須是數字，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} is too large</source>
        <translation>{where} 太大</translation>
    </message>
    <message>
        <source>{where} must be finite</source>
        <translation>{where} 必須是有限值</translation>
    </message>
    <message>
        <source>{where} is {number}; its magnitude must be at most {limit}</source>
        <translation>{where} 為 {number}；其絕對值至多為 {limit}</translation>
    </message>
    <message>
        <source>{where} must be a list of two numbers</source>
        <translation>{where} 必須是含兩個數字的清單</translation>
    </message>
    <message>
        <source>{where} must be text, not {kind}</source>
        <translation>{where} 必須是文字，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} is too long ({length} characters; the limit is {limit})</source>
        <translation>{where} 太長（{length} 個字元；上限為 {limit}）</translation>
    </message>
    <message>
        <source>{where} {text} is not a valid name</source>
        <translation>{where} {text} 不是有效的名稱</translation>
    </message>
    <message>
        <source>{where} must be an object, not {kind}</source>
        <translation>{where} 必須是物件，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} is missing {names}</source>
        <translation>{where} 缺少 {names}</translation>
    </message>
    <message>
        <source>{where} has unknown fields {names}</source>
        <translation>{where} 有未知的欄位 {names}</translation>
    </message>
    <message>
        <source>{where} has unknown field {names}</source>
        <translation>{where} 有未知的欄位 {names}</translation>
    </message>
    <message>
        <source>{where} must be true or false, not {kind}</source>
        <translation>{where} 必須是 true 或 false，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} is {shown}; it must be one of {choices}</source>
        <translation>{where} 是 {shown}；它必須是 {choices} 其中之一</translation>
    </message>
    <message>
        <source>a value is expected</source>
        <translation>這裡應該是一個值</translation>
    </message>
    <message>
        <source>a &apos;,&apos; is expected</source>
        <translation>這裡應該是「,」</translation>
    </message>
    <message>
        <source>a &apos;:&apos; is expected</source>
        <translation>這裡應該是「:」</translation>
    </message>
    <message>
        <source>a name in double quotes is expected</source>
        <translation>這裡應該是加上雙引號的名稱</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>字串沒有結束引號</translation>
    </message>
    <message>
        <source>a string holds a control character</source>
        <translation>字串中含有控制字元</translation>
    </message>
    <message>
        <source>there is more after the end of the JSON</source>
        <translation>JSON 結束後還有多餘內容</translation>
    </message>
    <message>
        <source>a backslash escape is not valid</source>
        <translation>反斜線跳脫字元無效</translation>
    </message>
    <message>
        <source>{where} must be a whole number from {low} to {high}, not {kind}</source>
        <translation>{where} 必須是 {low} 到 {high} 的整數，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} is {number}; it must be from {low} to {high}</source>
        <translation>{where} 為 {number}；它必須在 {low} 到 {high} 之間</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>物件</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>清單</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>布林值（true/false）</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>數字</translation>
    </message>
    <message>
        <source>{where} must be a non-empty list of [x, y] points</source>
        <translation>{where} 必須是由 [x, y] 點組成的非空清單</translation>
    </message>
    <message>
        <source>{where} has {steps} steps; a run takes at most {limit}</source>
        <translation>{where} 有 {steps} 步；一次執行至多 {limit} 步</translation>
    </message>
    <message>
        <source>{where} has {points} points; a session holds at most {limit} trail points in all</source>
        <translation>{where} 有 {points} 個點；一個工作階段中的軌跡點總共至多 {limit} 個</translation>
    </message>
    <message>
        <source>{where} must be [x, y]</source>
        <translation>{where} 必須是 [x, y]</translation>
    </message>
    <message>
        <source>{where} must hold numbers, not {kind}</source>
        <translation>{where} 必須只含數字，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} holds a number too large for a coordinate</source>
        <translation>{where} 含有一個作為座標來說太大的數字</translation>
    </message>
    <message>
        <source>{where} must be an object of name: number</source>
        <translation>{where} 必須是「名稱: 數字」形式的物件</translation>
    </message>
    <message>
        <source>{where} must be a whole number, not {kind}</source>
        <translation>{where} 必須是整數，而不是{kind}</translation>
    </message>
    <message>
        <source>{where} must be a colour like #1f77b4</source>
        <translation>{where} 必須是形如 #1f77b4 的顏色</translation>
    </message>
    <message>
        <source>{where}: unknown optimizer {name} (known: {known})</source>
        <translation>{where}：未知的最佳化器 {name}（已知的有：{known}）</translation>
    </message>
    <message>
        <source>{where} must be a whole number from {low} to {high}</source>
        <translation>{where} 必須是 {low} 到 {high} 的整數</translation>
    </message>
    <message>
        <source>{where} must be a list of three numbers</source>
        <translation>{where} 必須是含三個數字的清單</translation>
    </message>
    <message>
        <source>{where} must be positive</source>
        <translation>{where} 必須為正數</translation>
    </message>
    <message>
        <source>{where} must be between 0 and 180 degrees</source>
        <translation>{where} 必須在 0 到 180 度之間</translation>
    </message>
    <message>
        <source>it is not a critexplorer session (no {field})</source>
        <translation>這不是 critexplorer 工作階段（沒有 {field}）</translation>
    </message>
    <message>
        <source>its &quot;version&quot; must be a whole number of at least 1</source>
        <translation>其 &quot;version&quot; 必須是不小於 1 的整數</translation>
    </message>
    <message>
        <source>it was saved by a newer critexplorer (session version {version}; this one reads up to version {newest}). Update critexplorer to open it</source>
        <translation>它由較新版本的 critexplorer 儲存（工作階段版本 {version}；本版本最多讀取到版本 {newest}）。請更新 critexplorer 後再開啟</translation>
    </message>
    <message>
        <source>it is not a critexplorer session (the top level is {kind})</source>
        <translation>這不是 critexplorer 工作階段（最外層是{kind}）</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <source>{where} must be a list of two names</source>
        <translation>{where} 必須是含兩個名稱的清單</translation>
    </message>
    <message>
        <source>its formula cannot be used: {reason}</source>
        <translation>其公式無法使用：{reason}</translation>
    </message>
    <message>
        <source>preset {name} is not a preset of this critexplorer</source>
        <translation>預設集 {name} 不是這個版本 critexplorer 的預設集</translation>
    </message>
    <message>
        <source>runs must be a list of at most {limit} runs</source>
        <translation>runs 必須是至多 {limit} 次執行的清單</translation>
    </message>
    <message>
        <source>{message} (column {column})</source>
        <translation>{message}（第 {column} 欄）</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <source>it is not valid JSON: {reason} (line {line}, column {column})</source>
        <translation>這不是有效的 JSON：{reason}（第 {line} 行，第 {column} 欄）</translation>
    </message>
    <message>
        <source>it is not a session: its JSON is nested too deeply</source>
        <translation>這不是工作階段：其 JSON 巢狀層次太深</translation>
    </message>
    <message>
        <source>it is not a session: it contains a number with too many digits</source>
        <translation>這不是工作階段：其中有一個位數太多的數字</translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation>無法開啟 {path}：{reason}</translation>
    </message>
    <message>
        <source>it is {kind}, not a critexplorer session</source>
        <translation>這是{kind}，不是 critexplorer 工作階段</translation>
    </message>
    <message>
        <source>it is not a text file (not UTF-8), so not a critexplorer session</source>
        <translation>這不是文字檔案（不是 UTF-8），因此不是 critexplorer 工作階段</translation>
    </message>
    <message>
        <source>it is a folder, not a session file</source>
        <translation>這是資料夾，不是工作階段檔案</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO); only regular files are read</source>
        <translation>這是具名管道（FIFO）；只讀取一般檔案</translation>
    </message>
    <message>
        <source>it is not a regular file; only regular files are read</source>
        <translation>這不是一般檔案；只讀取一般檔案</translation>
    </message>
    <message>
        <source>it is larger than {megabytes} MB, the limit for a session</source>
        <translation>它大於 {megabytes} MB，超過了工作階段的上限</translation>
    </message>
    <message>
        <source>its formula cannot be shown: {reason}</source>
        <translation>其公式無法顯示：{reason}</translation>
    </message>
    <message>
        <source>cannot save {path}: {reason}</source>
        <translation>無法儲存 {path}：{reason}</translation>
    </message>
    <message>
        <source>{where} must be an object</source>
        <translation>{where} 必須是物件</translation>
    </message>
    <message>
        <source>{where} must be a list of numbers</source>
        <translation>{where} 必須是數字清單</translation>
    </message>
    <message>
        <source>{where} must be a list of {count} numbers</source>
        <translation>{where} 必須是含 {count} 個數字的清單</translation>
    </message>
    <message>
        <source>{where} must be a number</source>
        <translation>{where} 必須是數字</translation>
    </message>
    <message>
        <source>{where} must be finite, of magnitude at most {limit}</source>
        <translation>{where} 必須是有限值，絕對值至多為 {limit}</translation>
    </message>
    <message>
        <source>{where} must be a list of 1 to {limit} rows</source>
        <translation>{where} 必須是 1 到 {limit} 列的清單</translation>
    </message>
    <message>
        <source>{where} holds more than {limit} numbers</source>
        <translation>{where} 含有超過 {limit} 個數字</translation>
    </message>
    <message>
        <source>{where} must be 2 to {limit} whole numbers of at least 1</source>
        <translation>{where} 必須是 2 到 {limit} 個不小於 1 的整數</translation>
    </message>
    <message>
        <source>{where} must be true or false</source>
        <translation>{where} 必須是 true 或 false</translation>
    </message>
    <message>
        <source>{where} has {count} parameters; at most {limit} allowed</source>
        <translation>{where} 有 {count} 個參數；至多允許 {limit} 個</translation>
    </message>
    <message>
        <source>{where} must be one of {names}</source>
        <translation>{where} 必須是下列其中之一：{names}</translation>
    </message>
    <message>
        <source>{where} must be text of 1 to {limit} characters</source>
        <translation>{where} 必須是 1 到 {limit} 個字元的文字</translation>
    </message>
    <message>
        <source>{where} must be whole class numbers from 0 to {high}</source>
        <translation>{where} 必須是 0 到 {high} 的整數類別編號</translation>
    </message>
    <message>
        <source>{where} has {count} rows; {other} has {other_count}</source>
        <translation>{where} 有 {count} 列；{other} 有 {other_count} 列</translation>
    </message>
    <message>
        <source>{where} must be two directions such as {example}</source>
        <translation>{where} 必須是兩個方向，例如 {example}</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>critexplorer sessions (*{suffix});;All files (*)</source>
        <translation>critexplorer 工作階段 (*{suffix});;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open session…</source>
        <translation>開啟工作階段…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>最近開啟</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>儲存工作階段</translation>
    </message>
    <message>
        <source>Save session as…</source>
        <translation>工作階段另存為…</translation>
    </message>
    <message>
        <source>Export picture…</source>
        <translation>匯出圖片…</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>複製圖片</translation>
    </message>
    <message>
        <source>Export trajectories as CSV…</source>
        <translation>將軌跡匯出為 CSV…</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>開啟工作階段</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>無法開啟工作階段</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>已開啟 {path}</translation>
    </message>
    <message>
        <source>Cannot save session</source>
        <translation>無法儲存工作階段</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已儲存 {path}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未儲存的變更</translation>
    </message>
    <message>
        <source>This exploration has unsaved changes. Save them first?</source>
        <translation>這次探索有未儲存的變更。要先儲存嗎？</translation>
    </message>
    <message>
        <source>No trajectories</source>
        <translation>沒有軌跡</translation>
    </message>
    <message>
        <source>There are no optimizer runs to export yet.</source>
        <translation>還沒有可匯出的最佳化器執行。</translation>
    </message>
    <message>
        <source>Export trajectories</source>
        <translation>匯出軌跡</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已寫入 {path}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>there is nothing to save yet: apply a formula first</source>
        <translation>還沒有可儲存的內容：請先套用一個公式</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知錯誤</translation>
    </message>
    <message>
        <source>its window cannot be shown: {reason}</source>
        <translation>無法顯示其顯示範圍：{reason}</translation>
    </message>
    <message>
        <source>the x range</source>
        <translation>x 範圍</translation>
    </message>
    <message>
        <source>the y range</source>
        <translation>y 範圍</translation>
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
    <name>Slice</name>
    <message>
        <source>the results hold no runs</source>
        <translation>結果中沒有任何執行</translation>
    </message>
    <message>
        <source>runs_requested must be 1 to {most}, not {runs}</source>
        <translation>runs_requested 必須在 1 到 {most} 之間，而不是 {runs}</translation>
    </message>
    <message>
        <source>run {run}&apos;s parameters or eigenvalues do not fit the {network} network</source>
        <translation>執行 {run} 的參數或特徵值與 {network} 網路不符</translation>
    </message>
    <message>
        <source>run {run} has a number that is not finite</source>
        <translation>執行 {run} 中有一個不是有限數的數值</translation>
    </message>
    <message>
        <source>{name}: the network has {count} eigenvalues, eig:0 to eig:{last}</source>
        <translation>{name}：該網路有 {count} 個特徵值，eig:0 到 eig:{last}</translation>
    </message>
    <message>
        <source>unknown direction {name}: use eig-min, eig-max, eig:K or random:SEED</source>
        <translation>未知的方向 {name}：請用 eig-min、eig-max、eig:K 或 random:SEED</translation>
    </message>
    <message>
        <source>the two directions are parallel; choose another</source>
        <translation>兩個方向平行；請換一個</translation>
    </message>
    <message>
        <source>the directions {first},{second} are the same; choose two different ones</source>
        <translation>方向 {first},{second} 相同；請選兩個不同的方向</translation>
    </message>
    <message>
        <source>the results&apos; network: {problem}</source>
        <translation>結果中的網路：{problem}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>no run {run} in the results (runs: {known})</source>
        <translation>結果中沒有執行 {run}（現有執行：{known}）</translation>
    </message>
    <message>
        <source>the results&apos; {network} network has {count} parameters; at most {most}</source>
        <translation>結果中的 {network} 網路有 {count} 個參數；最多 {most} 個</translation>
    </message>
    <message>
        <source>run {run}&apos;s parameters or data do not fit the {network} network</source>
        <translation>執行 {run} 的參數或資料與 {network} 網路不符</translation>
    </message>
    <message>
        <source>the results&apos; data: {problem}</source>
        <translation>結果中的資料：{problem}</translation>
    </message>
    <message>
        <source>not an experiment&apos;s results (no {what})</source>
        <translation>不是實驗的結果（沒有 {what}）</translation>
    </message>
    <message>
        <source>the Hessian at run {run} cannot be computed (its numbers overflow)</source>
        <translation>無法計算執行 {run} 處的海森矩陣（數值溢位）</translation>
    </message>
</context>
<context>
    <name>SliceLandscape</name>
    <message>
        <source>Computing the slice&apos;s landscape on {n}² points…</source>
        <translation>正在 {n}² 個點上計算切片的地形…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Network slice</source>
        <translation>網路切片</translation>
    </message>
</context>
<context>
    <name>SpectrumPlot</name>
    <message>
        <source>Eigenvalues of H (ascending)</source>
        <translation>H 的特徵值（由小到大）</translation>
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
