<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>patron::Audit</name>
    <message>
        <source>Audit record %1 does not follow the record before it: a record was removed or changed.</source>
        <translation>审计记录 %1 与前一条记录不衔接：有记录被删除或篡改。</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written.</source>
        <translation>审计记录 %1 在写入后被修改。</translation>
    </message>
    <message>
        <source>The audit log ends before its last recorded entry: records were removed from the end.</source>
        <translation>审计日志缺少末尾的已记录条目：有记录从末尾被删除。</translation>
    </message>
</context>
<context>
    <name>patron::Backup</name>
    <message>
        <source>The backup could not be written to %1: the disk is full.</source>
        <translation>未能将备份写入 %1：磁盘已满。</translation>
    </message>
    <message>
        <source>The backup cannot be written to %1: %2</source>
        <translation>无法将备份写入 %1：%2</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>未能将备份写入 %1：%2</translation>
    </message>
    <message>
        <source>The backup's database cannot be opened: %1</source>
        <translation>无法打开备份中的数据库：%1</translation>
    </message>
    <message>
        <source>The backup does not contain a Patron store.</source>
        <translation>备份中不包含 Patron 门店数据。</translation>
    </message>
    <message>
        <source>The backup failed its integrity check: %1</source>
        <translation>备份未通过完整性检查：%1</translation>
    </message>
    <message>
        <source>%1 is not a Patron backup.</source>
        <translation>%1 不是 Patron 备份文件。</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Patron.</source>
        <translation>此备份由更高版本的 Patron 创建。</translation>
    </message>
    <message>
        <source>The backup %1 is truncated or damaged.</source>
        <translation>备份 %1 不完整或已损坏。</translation>
    </message>
    <message>
        <source>Cannot write in the data folder %1: %2</source>
        <translation>无法写入数据目录 %1：%2</translation>
    </message>
    <message>
        <source>The exported store cannot be read back.</source>
        <translation>无法读回导出的门店数据。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read back for verification.</source>
        <translation>无法读回备份 %1 进行校验。</translation>
    </message>
    <message>
        <source>The backup %1 did not verify after writing.</source>
        <translation>备份 %1 写入后校验未通过。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation>无法打开备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its checksum does not match.</source>
        <translation>备份 %1 已损坏：校验和不匹配。</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Patron (schema %1). Nothing was changed.</source>
        <translation>此备份由更高版本的 Patron 创建（数据库版本 %1），未做任何更改。</translation>
    </message>
    <message>
        <source>The live store could not be moved aside; nothing was changed.</source>
        <translation>无法移开当前使用中的门店数据，未做任何更改。</translation>
    </message>
    <message>
        <source>The restored store could not be moved into place; the live store was kept.</source>
        <translation>恢复的门店数据无法替换到位，已保留原有门店数据。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>patron::BackupRestore</name>
    <message>
        <source>The backup was not restored: %1 The store was not changed.</source>
        <translation>备份未恢复：%1 门店数据未做任何改动。</translation>
    </message>
    <message>
        <source>The backup was restored (the replaced store is kept as %1), but the restored store could not be opened: %2</source>
        <translation>备份已恢复（被替换的门店数据保留为 %1），但恢复后的门店数据无法打开：%2</translation>
    </message>
</context>
<context>
    <name>patron::BackupSchedule</name>
    <message>
        <source>%1 may not change the backup schedule.</source>
        <translation>%1 无权修改备份计划。</translation>
    </message>
    <message>
        <source>Choose the time of day for the backup.</source>
        <translation>请选择每天备份的时间。</translation>
    </message>
    <message>
        <source>Keep between 1 and %1 automatic backups.</source>
        <translation>自动备份保留份数须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Choose the folder the backups go to.</source>
        <translation>请选择备份保存的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>文件夹 %1 无法写入。</translation>
    </message>
    <message>
        <source>The backup folder %1 is not there (a USB disk that is not plugged in?).</source>
        <translation>备份文件夹 %1 不存在（U 盘未插入？）。</translation>
    </message>
    <message numerus="yes">
        <source>Backup written and verified: %1 (%2 bytes); %n older backup(s) deleted.</source>
        <translation><numerusform>备份已写入并校验：%1（%2 字节）；已删除 %n 份旧备份。</numerusform></translation>
    </message>
</context>
<context>
    <name>patron::Barcode</name>
    <message>
        <source>EAN-13</source>
        <translation>EAN-13</translation>
    </message>
    <message>
        <source>EAN-8</source>
        <translation>EAN-8</translation>
    </message>
    <message>
        <source>UPC-A</source>
        <translation>UPC-A</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>店内码</translation>
    </message>
    <message>
        <source>"%1" is not the data of an EAN-8, UPC-A or EAN-13 code (7, 11 or 12 digits).</source>
        <translation>“%1”不是有效的 EAN-8、UPC-A 或 EAN-13 条码数据（应为 7、11 或 12 位数字）。</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>条码不能为空。</translation>
    </message>
    <message>
        <source>The code is longer than %1 characters.</source>
        <translation>条码超过 %1 个字符。</translation>
    </message>
    <message>
        <source>"%1" contains spaces or control characters, so it is not a code.</source>
        <translation>“%1”包含空格或控制字符，不是有效的编码。</translation>
    </message>
    <message>
        <source>%1 code %2 has a wrong check digit (it should end in %3): scan or type it again.</source>
        <translation>%1 条码 %2 校验位错误（末位应为 %3），请重新扫描或输入。</translation>
    </message>
</context>
<context>
    <name>patron::Cart</name>
    <message>
        <source>The cart has no line %1.</source>
        <translation>当前单据中没有第 %1 行。</translation>
    </message>
    <message>
        <source>That cart no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>%1 may not sell.</source>
        <translation>%1 无权收银。</translation>
    </message>
    <message>
        <source>This cart is no longer open (it was paid, held or voided).</source>
        <translation>此单已结束（已支付、已挂单或已作废）。</translation>
    </message>
    <message>
        <source>%1 is not for sale (inactive).</source>
        <translation>%1 已停售（未启用）。</translation>
    </message>
    <message>
        <source>The quantity must be more than 0 and at most 100000.</source>
        <translation>数量必须大于 0 且不超过 100000。</translation>
    </message>
    <message>
        <source>%1 is sold by the piece: the quantity must be whole.</source>
        <translation>%1 按件销售，数量必须为整数。</translation>
    </message>
    <message>
        <source>%1 has an open price: enter the price.</source>
        <translation>%1 为议价商品，请输入价格。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>The scale label shows no weight.</source>
        <translation>条码秤标签中没有重量信息。</translation>
    </message>
    <message>
        <source>A scale label's quantity comes from the label; remove the line instead.</source>
        <translation>条码秤标签商品的数量以标签为准，如需修改请删除该行。</translation>
    </message>
    <message>
        <source>A price override needs a supervisor or manager (permission price.override).</source>
        <translation>改价需要值班主管或店长授权（权限 price.override）。</translation>
    </message>
    <message>
        <source>A discount is between 0% and 100%, and not negative.</source>
        <translation>折扣须在 0% 到 100% 之间，且不能为负数。</translation>
    </message>
    <message>
        <source>A discount over %1% needs a supervisor or manager (permission discount.override).</source>
        <translation>折扣超过 %1% 需要值班主管或店长授权（权限 discount.override）。</translation>
    </message>
    <message>
        <source>Attach the member first: coupons belong to a member.</source>
        <translation>请先关联会员：优惠券归会员所有。</translation>
    </message>
    <message>
        <source>An empty cart cannot be held.</source>
        <translation>空购物车不能挂单。</translation>
    </message>
    <message>
        <source>That held sale is no longer waiting (already resumed or paid).</source>
        <translation>该挂单已不存在（已取单或已付款）。</translation>
    </message>
    <message>
        <source>This cart cannot be voided (it was paid or voided already).</source>
        <translation>此单无法作废（已支付或已作废）。</translation>
    </message>
    <message>
        <source>Voiding a sale needs a supervisor or manager (permission sale.void).</source>
        <translation>作废交易需要值班主管或店长授权（权限 sale.void）。</translation>
    </message>
    <message>
        <source>Only an open cart can be discarded.</source>
        <translation>只能丢弃未结账的订单。</translation>
    </message>
</context>
<context>
    <name>patron::Catalog</name>
    <message>
        <source>A product needs a SKU (货号) of 1 to 64 characters without spaces.</source>
        <translation>商品需要 1 到 64 个字符且不含空格的 SKU（货号）。</translation>
    </message>
    <message>
        <source>There is already a product with SKU %1.</source>
        <translation>已存在 SKU 为 %1 的商品。</translation>
    </message>
    <message>
        <source>Product %1 needs a name of 1 to 200 characters.</source>
        <translation>商品 %1 的名称须为 1 到 200 个字符。</translation>
    </message>
    <message>
        <source>Product %1 needs a price (or must be an open-price item).</source>
        <translation>商品 %1 需要设置价格（或设为议价商品）。</translation>
    </message>
    <message>
        <source>Prices of product %1 cannot be negative.</source>
        <translation>商品 %1 的价格不能为负数。</translation>
    </message>
    <message>
        <source>The tax rate of product %1 must be between 0% and 100%.</source>
        <translation>商品 %1 的税率必须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>Initials (助记码) of product %1 may contain only letters a-z and digits.</source>
        <translation>商品 %1 的助记码只能包含字母 a-z 和数字。</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>商品 %1：%2</translation>
    </message>
    <message>
        <source>PLU %1 already belongs to product %2.</source>
        <translation>PLU %1 已被商品 %2 使用。</translation>
    </message>
    <message>
        <source>Barcode %1 already belongs to product %2.</source>
        <translation>条码 %1 已属于商品 %2。</translation>
    </message>
    <message>
        <source>%1 may not edit the catalog.</source>
        <translation>%1 无权编辑商品资料。</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>商品 %1 不存在。</translation>
    </message>
    <message>
        <source>A product's SKU cannot be changed; add a new product instead.</source>
        <translation>商品的 SKU 不能修改，请改为新增商品。</translation>
    </message>
    <message>
        <source>No product has the code %1.</source>
        <translation>没有编码为 %1 的商品。</translation>
    </message>
</context>
<context>
    <name>patron::Categories</name>
    <message>
        <source>A category name has 1 to %1 characters and no "/" (got "%2").</source>
        <translation>分类名称须为 1 至 %1 个字符，且不能包含“/”（输入的是“%2”）。</translation>
    </message>
    <message>
        <source>%1 may not edit the catalog.</source>
        <translation>%1 无权编辑商品资料。</translation>
    </message>
    <message>
        <source>There is no category with id %1.</source>
        <translation>没有编号为 %1 的分类。</translation>
    </message>
    <message>
        <source>There is already a category %1.</source>
        <translation>已存在分类 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be moved under %2: a category cannot go inside itself or its own sub-categories.</source>
        <translation>无法将 %1 移到 %2 下：分类不能移到自身或其子分类之下。</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation><numerusform>%n 个商品</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sub-category(ies)</source>
        <translation><numerusform>%n 个子分类</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s)</source>
        <translation><numerusform>%n 个促销</numerusform></translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 still use it. Move or delete them first.</source>
        <translation>无法删除 %1：仍有%2使用它。请先移走或删除它们。</translation>
    </message>
</context>
<context>
    <name>patron::Checkout</name>
    <message>
        <source>That cart no longer exists.</source>
        <translation>该订单已不存在。</translation>
    </message>
    <message>
        <source>%1 may not sell.</source>
        <translation>%1 无权收银。</translation>
    </message>
    <message>
        <source>This cart is not open for payment (held or voided).</source>
        <translation>此单当前无法支付（已挂单或已作废）。</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>当前单据为空。</translation>
    </message>
    <message>
        <source>Coupon %1: %2</source>
        <translation>优惠券 %1：%2</translation>
    </message>
    <message>
        <source>Points can only be used with a member attached.</source>
        <translation>须先关联会员才能使用积分。</translation>
    </message>
    <message>
        <source>Enter how many points to use.</source>
        <translation>请输入要使用的积分数。</translation>
    </message>
    <message>
        <source>A payment amount must be more than zero.</source>
        <translation>付款金额必须大于零。</translation>
    </message>
    <message>
        <source>Stored value can only be used with a member attached.</source>
        <translation>须先关联会员才能使用储值。</translation>
    </message>
    <message>
        <source>Only cash can be more than the amount due (%1); the other payments come to %2.</source>
        <translation>只有现金可以超出应收金额（%1）；其他支付方式合计 %2。</translation>
    </message>
    <message>
        <source>%1 is still due.</source>
        <translation>还应收 %1。</translation>
    </message>
    <message>
        <source>Nothing is left to pay in cash.</source>
        <translation>没有需要用现金支付的余额。</translation>
    </message>
    <message>
        <source>Open a shift before selling (shift open).</source>
        <translation>请先开班再收银（shift open）。</translation>
    </message>
</context>
<context>
    <name>patron::Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：引号字段未闭合。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
</context>
<context>
    <name>patron::CupsTransport</name>
    <message>
        <source>Cannot run %1 to print to the CUPS queue %2: %3 (is CUPS installed?)</source>
        <translation>无法运行 %1 向 CUPS 队列 %2 打印：%3（是否已安装 CUPS？）</translation>
    </message>
    <message>
        <source>The CUPS queue %1 did not take the job: %2</source>
        <translation>CUPS 队列 %1 未接受打印任务：%2</translation>
    </message>
    <message>
        <source>The CUPS queue %1 did not accept the job within %2 seconds.</source>
        <translation>CUPS 队列 %1 未在 %2 秒内接受打印任务。</translation>
    </message>
    <message>
        <source>CUPS refused the job for queue %1: %2</source>
        <translation>CUPS 拒绝了队列 %1 的打印任务：%2</translation>
    </message>
</context>
<context>
    <name>patron::Demo</name>
    <message>
        <source>Manager Zhang</source>
        <translation>张店长</translation>
    </message>
    <message>
        <source>Cashier Li</source>
        <translation>收银员小李</translation>
    </message>
    <message>
        <source>Patron Demo Shop</source>
        <translation>Patron 演示门店</translation>
    </message>
    <message>
        <source>Demo sizes must be positive (at least one product and one day).</source>
        <translation>演示数据规模必须为正数（至少一个商品和一天）。</translation>
    </message>
    <message>
        <source>The demo generator needs the store code and the base tier.</source>
        <translation>生成演示数据需要门店编号和基础会员等级。</translation>
    </message>
    <message>
        <source>This store already has products or sales; demo data goes only into a new store.</source>
        <translation>此门店已有商品或销售数据；演示数据只能导入新门店。</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>个</translation>
    </message>
    <message>
        <source>Products: %1 of %2</source>
        <translation>商品：%1/%2</translation>
    </message>
    <message>
        <source>Members: %1 of %2</source>
        <translation>会员：%1/%2</translation>
    </message>
    <message>
        <source>Sales: day %1 of %2, %3 lines</source>
        <translation>销售：第 %1/%2 天，%3 行</translation>
    </message>
    <message>
        <source>Loaded %1 sales with %2 lines; verifying…</source>
        <translation>已加载 %1 笔销售（%2 行），正在校验…</translation>
    </message>
    <message>
        <source>Demo data check failed: %1</source>
        <translation>演示数据检查失败：%1</translation>
    </message>
</context>
<context>
    <name>patron::DeviceFileTransport</name>
    <message>
        <source>There is no printer at %1. Check that it is plugged in and switched on.</source>
        <translation>%1 处没有打印机。请检查打印机是否已连接并开机。</translation>
    </message>
    <message>
        <source>This user may not write to %1 (on Linux, join the lp group).</source>
        <translation>当前用户无权写入 %1（Linux 下请将用户加入 lp 组）。</translation>
    </message>
    <message>
        <source>The printer at %1 is in use by another program.</source>
        <translation>打印机 %1 正被其他程序占用。</translation>
    </message>
    <message>
        <source>%1 is full.</source>
        <translation>%1 已满。</translation>
    </message>
    <message>
        <source>Writing to the printer at %1 failed %2: %3</source>
        <translation>打印机 %1 %2写入失败：%3</translation>
    </message>
    <message>
        <source>while opening</source>
        <translation>在打开时</translation>
    </message>
    <message>
        <source>The printer at %1 stopped taking data in the middle of the job (%2 of %3 bytes sent). Check paper and cover, then print again.</source>
        <translation>打印机 %1 在打印过程中停止接收数据（已发送 %2/%3 字节）。请检查纸张和机盖，然后重新打印。</translation>
    </message>
    <message>
        <source>in the middle of the job</source>
        <translation>在打印过程中</translation>
    </message>
</context>
<context>
    <name>patron::HqCatalog</name>
    <message>
        <source>A product needs a code and a name.</source>
        <translation>商品需要编码和名称。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100%.</source>
        <translation>税率必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>A promotion needs a code and a name.</source>
        <translation>促销需要编码和名称。</translation>
    </message>
    <message>
        <source>A rule needs a key.</source>
        <translation>规则需要键名。</translation>
    </message>
</context>
<context>
    <name>patron::HqClient</name>
    <message>
        <source>Head office sent a reply this till does not understand.</source>
        <translation>总部返回了此收银台无法识别的响应。</translation>
    </message>
    <message>
        <source>Enter a mobile or card number to look up.</source>
        <translation>请输入手机号或卡号进行查询。</translation>
    </message>
    <message>
        <source>Head office needs schema version %1 for this; run "patron-cli hq init" there.</source>
        <translation>总部数据库需要版本 %1 才能执行此操作；请在总部运行 "patron-cli hq init"。</translation>
    </message>
</context>
<context>
    <name>patron::HqPromotion</name>
    <message>
        <source>A head-office promotion needs a code.</source>
        <translation>总部促销需要一个编码。</translation>
    </message>
    <message>
        <source>A promotion needs a product or a category.</source>
        <translation>促销需要指定商品或分类。</translation>
    </message>
</context>
<context>
    <name>patron::HqPromotions</name>
    <message>
        <source>Head office has no running promotion %1.</source>
        <translation>总部没有进行中的促销 %1。</translation>
    </message>
</context>
<context>
    <name>patron::HqProvisioning</name>
    <message>
        <source>%1 must be 1 to 16 letters, digits, '-' or '_' (got "%2").</source>
        <translation>%1 须由 1 到 16 个字母、数字、“-”或“_”组成（当前为“%2”）。</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>%1 does not exist at head office.</source>
        <translation>总部不存在 %1。</translation>
    </message>
    <message>
        <source>The store code</source>
        <translation>门店编号</translation>
    </message>
    <message>
        <source>The store needs a name.</source>
        <translation>门店名称不能为空。</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>门店 %1</translation>
    </message>
    <message>
        <source>The till code</source>
        <translation>收银台编号</translation>
    </message>
    <message>
        <source>Till %1 in store %2</source>
        <translation>门店 %2 的收银台 %1</translation>
    </message>
</context>
<context>
    <name>patron::HqReturnAuthority</name>
    <message>
        <source>Receipt %1 is from another store or till. Returning it needs head office, which cannot be reached now; try again when the till is online.</source>
        <translation>小票 %1 属于其他门店或收银台。退货需要连接总部，但现在无法连接；请在收银台联网后再试。</translation>
    </message>
    <message>
        <source>Line %1: head office has %2 of %3 returned already across the stores; only %4 can still be returned.</source>
        <translation>第 %1 行：总部记录各门店已退 %2（共售 %3）；最多还能退 %4。</translation>
    </message>
    <message>
        <source>Head office refused the return: a line is not on the receipt.</source>
        <translation>总部拒绝了这笔退货：有一行不在该小票上。</translation>
    </message>
    <message>
        <source>Asking head office for receipt %1…</source>
        <translation>正在向总部查询小票 %1…</translation>
    </message>
    <message>
        <source>Receipt %1 is from another store or till: type the total printed on it, head office checks it before it hands the sale over.</source>
        <translation>小票 %1 来自其他门店或收银台：请输入小票上打印的合计金额，总部核对后才会提供这笔销售。</translation>
    </message>
    <message>
        <source>Asking head office to hold the items coming back…</source>
        <translation>正在请总部锁定退回的商品数量…</translation>
    </message>
    <message>
        <source>Letting head office know the return did not go ahead…</source>
        <translation>正在通知总部本次退货未完成…</translation>
    </message>
</context>
<context>
    <name>patron::HqReturnsClient</name>
    <message>
        <source>Head office sent a reply this till does not understand.</source>
        <translation>总部返回了此收银台无法识别的响应。</translation>
    </message>
    <message>
        <source>Head office needs schema version 8 for returns across stores; run "patron-cli hq init" there.</source>
        <translation>跨店退货需要总部数据库版本 8；请在总部运行 "patron-cli hq init"。</translation>
    </message>
    <message>
        <source>Head office refuses receipt look-ups from this till for now: too many receipts were asked for with a wrong number or total in the last hour. Try again later, or ask head office.</source>
        <translation>总部暂时拒绝本收银台查询小票：过去一小时内以错误的单号或金额查询的次数过多。请稍后再试，或联系总部。</translation>
    </message>
</context>
<context>
    <name>patron::HqReview</name>
    <message>
        <source>Say how the conflict was resolved.</source>
        <translation>请说明冲突的解决方式。</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>不存在未处理的冲突 %1。</translation>
    </message>
</context>
<context>
    <name>patron::HqSchema</name>
    <message>
        <source>Head office has schema version %1; this program knows up to %2. Upgrade Patron first.</source>
        <translation>总部数据库版本为 %1，本程序最高支持 %2。请先升级 Patron。</translation>
    </message>
</context>
<context>
    <name>patron::HqWalletReservation</name>
    <message>
        <source>Head office has %1 of this member's stored value left for the chain; it cannot pay %2. Another store may have spent it.</source>
        <translation>总部显示该会员全连锁剩余储值 %1，不足以支付 %2。可能已在其他门店消费。</translation>
    </message>
    <message>
        <source>Asking head office to hold the stored value…</source>
        <translation>正在请总部冻结储值金额…</translation>
    </message>
    <message>
        <source>Letting head office know the sale did not complete…</source>
        <translation>正在通知总部本笔销售未完成…</translation>
    </message>
</context>
<context>
    <name>patron::ImportProblems</name>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>patron::KeyVault</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>加密库启动失败。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>内存不足，无法从密码派生密钥。</translation>
    </message>
    <message>
        <source>The recovery passphrase must have at least 8 characters.</source>
        <translation>恢复密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The key-derivation settings are too weak.</source>
        <translation>密钥派生参数强度过低。</translation>
    </message>
    <message>
        <source>The key vault uses key-derivation settings this build does not accept.</source>
        <translation>密钥库使用了此版本不支持的密钥派生参数。</translation>
    </message>
    <message>
        <source>The recovery passphrase is not correct.</source>
        <translation>恢复密码不正确。</translation>
    </message>
    <message>
        <source>The key vault file is not a Patron key vault.</source>
        <translation>该文件不是 Patron 密钥库。</translation>
    </message>
    <message>
        <source>The key vault was written by a newer version of Patron.</source>
        <translation>密钥库由更高版本的 Patron 写入。</translation>
    </message>
    <message>
        <source>The key vault file is damaged.</source>
        <translation>密钥库文件已损坏。</translation>
    </message>
    <message>
        <source>There is no key vault at %1.</source>
        <translation>%1 处没有密钥库。</translation>
    </message>
    <message>
        <source>The key vault %1 cannot be read: %2</source>
        <translation>无法读取密钥库 %1：%2</translation>
    </message>
    <message>
        <source>The key vault %1 cannot be written: %2</source>
        <translation>无法写入密钥库 %1：%2</translation>
    </message>
    <message>
        <source>The key vault %1 could not be saved: %2</source>
        <translation>未能保存密钥库 %1：%2</translation>
    </message>
</context>
<context>
    <name>patron::LineShares</name>
    <message>
        <source>A sale line's shares of its payments are damaged in the store: "%1".</source>
        <translation>数据库中某销售行的付款分摊已损坏：“%1”。</translation>
    </message>
</context>
<context>
    <name>patron::MemberMerge</name>
    <message>
        <source>"%1" is not a profile field; use %2.</source>
        <translation>“%1”不是资料字段；请使用 %2。</translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>不存在 ID 为 %1 的会员。</translation>
    </message>
    <message>
        <source>Member %1 was erased and cannot be merged.</source>
        <translation>会员 %1 已被删除，不能合并。</translation>
    </message>
    <message>
        <source>Member %1 was already merged into member %2; merge into that member instead.</source>
        <translation>会员 %1 已合并到会员 %2；请改为合并到该会员。</translation>
    </message>
    <message>
        <source>Member %1 was already merged into member %2.</source>
        <translation>会员 %1 已合并到会员 %2。</translation>
    </message>
    <message>
        <source>%1 may not merge members: it moves points and stored value, which needs a manager.</source>
        <translation>%1 无权合并会员：合并会转移积分和储值，需要店长操作。</translation>
    </message>
    <message>
        <source>A member cannot be merged into itself.</source>
        <translation>会员不能合并到自身。</translation>
    </message>
</context>
<context>
    <name>patron::Members</name>
    <message>
        <source>There is no count card %1.</source>
        <translation>次卡 %1 不存在。</translation>
    </message>
    <message>
        <source>A count card is for one product: give its SKU.</source>
        <translation>次卡只适用于一个商品，请提供其 SKU。</translation>
    </message>
    <message>
        <source>A count card has 1 to 1000 uses.</source>
        <translation>次卡次数为 1 到 1000 次。</translation>
    </message>
    <message>
        <source>The validity cannot be negative.</source>
        <translation>有效期不能为负数。</translation>
    </message>
    <message>
        <source>There is no active member with the id %1.</source>
        <translation>不存在 ID 为 %1 的有效会员。</translation>
    </message>
    <message>
        <source>Count card %1 (%2) has no uses left.</source>
        <translation>次卡 %1（%2）已无剩余次数。</translation>
    </message>
    <message>
        <source>Count card %1 (%2) expired on %3.</source>
        <translation>次卡 %1（%2）已于 %3 过期。</translation>
    </message>
    <message>
        <source>Count card %1 was used up meanwhile.</source>
        <translation>次卡 %1 已在此期间用完。</translation>
    </message>
    <message>
        <source>%1 may not sell count cards.</source>
        <translation>%1 无权销售次卡。</translation>
    </message>
    <message>
        <source>%1 may not use count cards.</source>
        <translation>%1 无权使用次卡。</translation>
    </message>
    <message>
        <source>There is no coupon %1.</source>
        <translation>优惠券 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no coupon template %1.</source>
        <translation>优惠券模板 %1 不存在。</translation>
    </message>
    <message>
        <source>Coupon %1 belongs to another member.</source>
        <translation>优惠券 %1 属于其他会员。</translation>
    </message>
    <message>
        <source>Coupon %1 was already used.</source>
        <translation>优惠券 %1 已被使用。</translation>
    </message>
    <message>
        <source>Coupon %1 expired on %2.</source>
        <translation>优惠券 %1 已于 %2 过期。</translation>
    </message>
    <message>
        <source>Coupon %1 is no longer valid.</source>
        <translation>优惠券 %1 已失效。</translation>
    </message>
    <message>
        <source>Coupon %1 needs a spend of %2.</source>
        <translation>优惠券 %1 需满 %2 才能使用。</translation>
    </message>
    <message>
        <source>Coupon %1 was used meanwhile.</source>
        <translation>优惠券 %1 已在此期间被使用。</translation>
    </message>
    <message>
        <source>%1 may not issue coupons.</source>
        <translation>%1 无权发放优惠券。</translation>
    </message>
    <message>
        <source>%1 may not issue coupons to a segment.</source>
        <translation>%1 无权向客户分群发放优惠券。</translation>
    </message>
    <message>
        <source>%1 may not change the loyalty rules.</source>
        <translation>%1 无权修改会员规则。</translation>
    </message>
    <message>
        <source>There is no version %1 of the loyalty rules.</source>
        <translation>会员积分规则不存在版本 %1。</translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number from %3 to %4.</source>
        <translation>%1.%2 必须是 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>%1.%2 must be text.</source>
        <translation>%1.%2 必须是文本。</translation>
    </message>
    <message>
        <source>%1.%2 must be true or false.</source>
        <translation>%1.%2 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1.%2 must be a date like 2026-05-01.</source>
        <translation>%1.%2 必须是日期，格式如 2026-05-01。</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>The rules need at least one tier.</source>
        <translation>规则中至少需要一个会员等级。</translation>
    </message>
    <message>
        <source>tiers[%1] needs a code.</source>
        <translation>tiers[%1] 需要编码。</translation>
    </message>
    <message>
        <source>The tier code %1 appears twice.</source>
        <translation>会员等级编码 %1 重复。</translation>
    </message>
    <message>
        <source>Two tiers have the rank %1.</source>
        <translation>有两个会员等级的级别均为 %1。</translation>
    </message>
    <message>
        <source>The lowest tier (%1) is where every member starts: it cannot have thresholds.</source>
        <translation>最低会员等级（%1）是所有会员的起始等级，不能设置升级门槛。</translation>
    </message>
    <message>
        <source>points.category_multipliers_bps.%1 must be a whole number of basis points.</source>
        <translation>points.category_multipliers_bps.%1 必须是整数个基点。</translation>
    </message>
    <message>
        <source>points.campaigns[%1] ends before it starts.</source>
        <translation>points.campaigns[%1] 的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>points.expiry must be never, rolling or year_end.</source>
        <translation>points.expiry 必须为 never、rolling 或 year_end。</translation>
    </message>
    <message>
        <source>wallet.spend_order must be proportional, principal_first or bonus_first.</source>
        <translation>wallet.spend_order 必须为 proportional、principal_first 或 bonus_first。</translation>
    </message>
    <message>
        <source>coupons.templates[%1].kind must be amount_off, percent_off or product.</source>
        <translation>coupons.templates[%1].kind 必须为 amount_off、percent_off 或 product。</translation>
    </message>
    <message>
        <source>coupons.templates[%1] needs a code of its own.</source>
        <translation>coupons.templates[%1] 需要独立的编码。</translation>
    </message>
    <message>
        <source>coupons.templates[%1] is product-specific but lists no SKUs.</source>
        <translation>coupons.templates[%1] 为指定商品券，但未列出任何 SKU。</translation>
    </message>
    <message>
        <source>The coupon template %1 is named but not defined.</source>
        <translation>优惠券模板 %1 已被引用，但未定义。</translation>
    </message>
    <message>
        <source>gifts[%1] needs a code of its own.</source>
        <translation>gifts[%1] 需要独立的编码。</translation>
    </message>
    <message>
        <source>%1 may not import members.</source>
        <translation>%1 无权导入会员。</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least mobile and name.</source>
        <translation>第一行必须为列名，且至少包含 mobile（手机号）和 name（姓名）。</translation>
    </message>
    <message>
        <source>"%1" is not a date (use 1990-07-01).</source>
        <translation>“%1”不是有效日期（格式如 1990-07-01）。</translation>
    </message>
    <message>
        <source>"%1" is not a date (use 2024-01-31).</source>
        <translation>“%1”不是有效日期（格式如 2024-01-31）。</translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>不存在 ID 为 %1 的会员。</translation>
    </message>
    <message>
        <source>Member %1 was erased and can no longer be used.</source>
        <translation>会员 %1 已被清除，无法再使用。</translation>
    </message>
    <message>
        <source>A new member needs a mobile number and a name.</source>
        <translation>新会员需要手机号和姓名。</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>姓名不能为空。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>"%1" is not a mobile number (11 digits starting 13 to 19).</source>
        <translation>“%1”不是有效的手机号（11 位数字，以 13 至 19 开头）。</translation>
    </message>
    <message>
        <source>The mobile number %1 belongs to another member.</source>
        <translation>手机号 %1 已属于其他会员。</translation>
    </message>
    <message>
        <source>A card number has 4 to 32 letters or digits.</source>
        <translation>卡号为 4 到 32 位字母或数字。</translation>
    </message>
    <message>
        <source>The card %1 belongs to another member.</source>
        <translation>会员卡 %1 已属于其他会员。</translation>
    </message>
    <message>
        <source>Gender is f, m or empty (got "%1").</source>
        <translation>性别须为 f、m 或留空（当前为“%1”）。</translation>
    </message>
    <message>
        <source>The birthday cannot be in the future.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>“%1”不是有效的电子邮箱地址。</translation>
    </message>
    <message>
        <source>The referrer %1 is not another member.</source>
        <translation>推荐人 %1 无效：推荐人必须是另一位会员。</translation>
    </message>
    <message>
        <source>%1 may not register members.</source>
        <translation>%1 无权新增会员。</translation>
    </message>
    <message>
        <source>%1 may not edit members.</source>
        <translation>%1 无权编辑会员。</translation>
    </message>
    <message>
        <source>%1 may not set payment PINs.</source>
        <translation>%1 无权设置支付 PIN 码。</translation>
    </message>
    <message>
        <source>No member has the mobile, card or id "%1".</source>
        <translation>没有手机号、卡号或 id 为“%1”的会员。</translation>
    </message>
    <message>
        <source>"%1" is not a coupon number.</source>
        <translation>“%1”不是有效的优惠券号。</translation>
    </message>
    <message>
        <source>Coupon %1 does not apply to this cart (it needs a spend of %2 on the goods it covers).</source>
        <translation>优惠券 %1 不适用于当前购物车（适用商品需满 %2）。</translation>
    </message>
    <message>
        <source>The member has only %1 points.</source>
        <translation>该会员仅有 %1 积分。</translation>
    </message>
    <message>
        <source>At least %1 points are needed to pay with points.</source>
        <translation>至少需要 %1 积分才能用积分支付。</translation>
    </message>
    <message>
        <source>At most %1 points can pay for this order.</source>
        <translation>本单最多可使用 %1 积分抵扣。</translation>
    </message>
    <message>
        <source>Points are used in steps of %1.</source>
        <translation>积分须按 %1 的整数倍使用。</translation>
    </message>
    <message>
        <source>The member has no stored value.</source>
        <translation>该会员没有储值余额。</translation>
    </message>
    <message>
        <source>The member's stored value is only %1.</source>
        <translation>该会员储值余额仅为 %1。</translation>
    </message>
    <message>
        <source>The points' value changed while paying; quote again.</source>
        <translation>支付过程中积分抵扣金额已变化，请重新计算。</translation>
    </message>
    <message>
        <source>Points for sale %1 were already earned.</source>
        <translation>销售单 %1 的积分已发放。</translation>
    </message>
    <message>
        <source>Enter how many points to redeem.</source>
        <translation>请输入要兑换的积分数。</translation>
    </message>
    <message>
        <source>At least %1 points must be redeemed at a time.</source>
        <translation>每次至少兑换 %1 积分。</translation>
    </message>
    <message>
        <source>Points are redeemed in steps of %1 (a whole fen).</source>
        <translation>积分须按 %1 的整数倍抵扣（对应整分金额）。</translation>
    </message>
    <message>
        <source>At most %1 points can pay this order.</source>
        <translation>本单最多可用 %1 积分支付。</translation>
    </message>
    <message>
        <source>The returned share must be between 0 and 1.</source>
        <translation>退货比例必须在 0 到 1 之间。</translation>
    </message>
    <message>
        <source>Points to reverse cannot be negative.</source>
        <translation>要冲回的积分不能为负数。</translation>
    </message>
    <message>
        <source>The return would reverse more points than the sale earned or redeemed (left: %1 earned, %2 redeemed).</source>
        <translation>此次退货需冲回的积分超过原销售获得或抵扣的积分（剩余可冲回：获得 %1，抵扣 %2）。</translation>
    </message>
    <message>
        <source>%1 may not adjust points.</source>
        <translation>%1 无权调整积分。</translation>
    </message>
    <message>
        <source>A points adjustment needs a reason.</source>
        <translation>调整积分需要填写原因。</translation>
    </message>
    <message>
        <source>An adjustment of zero points changes nothing.</source>
        <translation>调整零积分不会产生任何变化。</translation>
    </message>
    <message>
        <source>%1 may not redeem gifts.</source>
        <translation>%1 无权兑换礼品。</translation>
    </message>
    <message>
        <source>There is no gift with the code %1.</source>
        <translation>不存在编码为 %1 的礼品。</translation>
    </message>
    <message>
        <source>%1 needs %2 points; the member has %3.</source>
        <translation>%1 需要 %2 积分，该会员仅有 %3 积分。</translation>
    </message>
    <message>
        <source>%1 is out of stock.</source>
        <translation>%1 已缺货。</translation>
    </message>
    <message>
        <source>%1 may not export member data.</source>
        <translation>%1 无权导出会员数据。</translation>
    </message>
    <message>
        <source>%1 may not erase members.</source>
        <translation>%1 无权清除会员资料。</translation>
    </message>
    <message>
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Important to win back</source>
        <translation>重要唤回客户</translation>
    </message>
    <message>
        <source>Important to develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <source>Important to retain</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>一般维持客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Already in the highest tier.</source>
        <translation>已是最高等级。</translation>
    </message>
    <message>
        <source>spend %1 more</source>
        <translation>再消费 %1</translation>
    </message>
    <message>
        <source>earn %1 more points</source>
        <translation>再获得 %1 积分</translation>
    </message>
    <message>
        <source>top up %1 at once</source>
        <translation>单次充值 %1</translation>
    </message>
    <message>
        <source>%1 to reach %2.</source>
        <translation>距 %2 还差 %1。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>The stored value balance is %1; it cannot pay %2.</source>
        <translation>储值余额为 %1，不足以支付 %2。</translation>
    </message>
    <message>
        <source>Without head office, stored value can pay at most %1 at a time.</source>
        <translation>未连接总部时，储值单次最多支付 %1。</translation>
    </message>
    <message>
        <source>A top-up must be more than zero.</source>
        <translation>充值金额必须大于零。</translation>
    </message>
    <message>
        <source>Say how the top-up was paid (a tender code).</source>
        <translation>请指定充值的支付方式（支付方式代码）。</translation>
    </message>
    <message>
        <source>Top-up bonus</source>
        <translation>充值赠送</translation>
    </message>
    <message>
        <source>%1 may not take top-ups.</source>
        <translation>%1 无权办理充值。</translation>
    </message>
    <message>
        <source>A stored-value payment must be more than zero.</source>
        <translation>储值支付金额必须大于零。</translation>
    </message>
    <message>
        <source>Stored value needs a payment PIN; the member has not set one yet.</source>
        <translation>使用储值需要支付 PIN 码，该会员尚未设置。</translation>
    </message>
    <message>
        <source>The member's payment PIN is wrong.</source>
        <translation>会员支付 PIN 码错误。</translation>
    </message>
    <message>
        <source>Sale %1 was not paid with stored value.</source>
        <translation>销售单 %1 未使用储值支付。</translation>
    </message>
    <message>
        <source>Nothing to refund.</source>
        <translation>没有可退款的项目。</translation>
    </message>
    <message>
        <source>Only %1 of stored value is left to refund on this sale.</source>
        <translation>此笔销售仅剩 %1 储值可退。</translation>
    </message>
    <message>
        <source>%1 may not refund top-ups.</source>
        <translation>%1 无权办理充值退款。</translation>
    </message>
    <message>
        <source>There is no top-up %1.</source>
        <translation>没有充值记录 %1。</translation>
    </message>
    <message>
        <source>Top-up %1 was already refunded.</source>
        <translation>充值记录 %1 已退款。</translation>
    </message>
    <message>
        <source>Nothing of this top-up is left to refund.</source>
        <translation>此笔充值已无可退金额。</translation>
    </message>
    <message>
        <source>count_cards[%1] needs a SKU of its own.</source>
        <translation>count_cards[%1] 需要一个不重复的 SKU。</translation>
    </message>
</context>
<context>
    <name>patron::Money</name>
    <message>
        <source>"%1" is not an amount of money.</source>
        <translation>“%1”不是有效的金额。</translation>
    </message>
    <message>
        <source>"%1" has more decimal places than %2 allows.</source>
        <translation>“%1”的小数位数超出了 %2 允许的范围。</translation>
    </message>
    <message>
        <source>"%1" is too large.</source>
        <translation>“%1”数值过大。</translation>
    </message>
    <message>
        <source>"%1" is not a quantity (up to three decimals).</source>
        <translation>“%1”不是有效数量（最多三位小数）。</translation>
    </message>
</context>
<context>
    <name>patron::Permissions</name>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>收银</translation>
    </message>
    <message>
        <source>Void a sale or line</source>
        <translation>作废整单或单行商品</translation>
    </message>
    <message>
        <source>Override a price</source>
        <translation>手动改价</translation>
    </message>
    <message>
        <source>Give a discount over the limit</source>
        <translation>超出限额打折</translation>
    </message>
    <message>
        <source>Refund with a receipt</source>
        <translation>凭小票退货</translation>
    </message>
    <message>
        <source>Refund without a receipt</source>
        <translation>无小票退货</translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation>无销售开钱箱</translation>
    </message>
    <message>
        <source>Open and close shifts</source>
        <translation>开班与交班</translation>
    </message>
    <message>
        <source>Edit members</source>
        <translation>编辑会员</translation>
    </message>
    <message>
        <source>Erase a member's personal data</source>
        <translation>清除会员个人信息</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>Adjust stored value</source>
        <translation>调整储值</translation>
    </message>
    <message>
        <source>Edit the catalog</source>
        <translation>编辑商品资料</translation>
    </message>
    <message>
        <source>Edit loyalty rules</source>
        <translation>编辑会员规则</translation>
    </message>
    <message>
        <source>View reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>查看审计日志</translation>
    </message>
</context>
<context>
    <name>patron::PgConnection</name>
    <message>
        <source>Out of memory while connecting to head office.</source>
        <translation>连接总部时内存不足。</translation>
    </message>
    <message>
        <source>Head office refused this till's login: %1</source>
        <translation>总部拒绝了此收银台的登录：%1</translation>
    </message>
    <message>
        <source>Head office is not reachable: %1</source>
        <translation>无法连接总部：%1</translation>
    </message>
    <message>
        <source>The connection to head office was lost: %1</source>
        <translation>与总部的连接已断开：%1</translation>
    </message>
    <message>
        <source>Head office does not allow this: %1</source>
        <translation>总部不允许此操作：%1</translation>
    </message>
    <message>
        <source>Head office is not available: %1</source>
        <translation>总部不可用：%1</translation>
    </message>
    <message>
        <source>Head office refused the request: %1</source>
        <translation>总部拒绝了请求：%1</translation>
    </message>
    <message>
        <source>Not connected to head office.</source>
        <translation>未连接总部。</translation>
    </message>
</context>
<context>
    <name>patron::PriceListCsv</name>
    <message>
        <source>%1 may not edit the catalog.</source>
        <translation>%1 无权编辑商品资料。</translation>
    </message>
    <message>
        <source>Line 1: unknown column "%1". A price list has the columns sku (or barcode), price and member_price.</source>
        <translation>第 1 行：未知的列“%1”。调价单的列为 sku（或条码）、price 和 member_price。</translation>
    </message>
    <message>
        <source>Line 1: a price list needs a sku column and a price or member_price column.</source>
        <translation>第 1 行：调价单需要 sku 列，以及 price 或 member_price 列。</translation>
    </message>
    <message>
        <source>The row has no SKU.</source>
        <translation>该行没有货号。</translation>
    </message>
    <message>
        <source>%1 "%2" is not an amount of money.</source>
        <translation>%1“%2”不是有效金额。</translation>
    </message>
    <message>
        <source>price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>member price</source>
        <translation>会员价</translation>
    </message>
    <message>
        <source>%1 is already on line %2 of this list.</source>
        <translation>%1 已在本调价单第 %2 行。</translation>
    </message>
    <message>
        <source>The file has a header but no prices.</source>
        <translation>文件只有表头，没有价格。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was scheduled.</source>
        <translation>导入已取消，未安排任何调价。</translation>
    </message>
</context>
<context>
    <name>patron::PriceSchedule</name>
    <message>
        <source>The effective time is not a valid date and time.</source>
        <translation>生效时间不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>The effective time %1 has passed; leave it empty to change the price now.</source>
        <translation>生效时间 %1 已过；要立即调价，请留空。</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>商品 %1 不存在。</translation>
    </message>
    <message>
        <source>The price change for %1 changes nothing: give a retail or a member price.</source>
        <translation>%1 的调价没有改动任何价格：请填写零售价或会员价。</translation>
    </message>
    <message>
        <source>Prices of product %1 cannot be negative.</source>
        <translation>商品 %1 的价格不能为负数。</translation>
    </message>
    <message>
        <source>The member price of %1 would be above its retail price.</source>
        <translation>%1 的会员价将高于零售价。</translation>
    </message>
    <message>
        <source>Product %1 already has price change #%2 for that time; cancel it first.</source>
        <translation>商品 %1 在该时间已有调价单 #%2；请先取消它。</translation>
    </message>
    <message>
        <source>%1 may not edit the catalog.</source>
        <translation>%1 无权编辑商品资料。</translation>
    </message>
    <message>
        <source>A price change needs at least one product.</source>
        <translation>调价单至少需要一个商品。</translation>
    </message>
    <message>
        <source>There is no price change #%1.</source>
        <translation>没有调价单 #%1。</translation>
    </message>
    <message>
        <source>Price change #%1 is %2, not pending: only a pending change can be cancelled.</source>
        <translation>调价单 #%1 的状态为 %2，不是待生效：只有待生效的调价单可以取消。</translation>
    </message>
    <message>
        <source>Price change #%1 took effect at %2; it can no longer be cancelled.</source>
        <translation>调价单 #%1 已于 %2 生效，不能再取消。</translation>
    </message>
</context>
<context>
    <name>patron::PrintJob</name>
    <message>
        <source>The printer at %1 stopped responding in the middle of the job. Check paper and cover, then print again.</source>
        <translation>打印机 %1 在打印过程中停止响应。请检查纸张和机盖，然后重新打印。</translation>
    </message>
    <message>
        <source>The last receipt may be incomplete.</source>
        <translation>上一张小票可能打印不完整。</translation>
    </message>
</context>
<context>
    <name>patron::PrinterProfile</name>
    <message>
        <source>Unknown printer character set "%1": use gb18030, cp437 or cp858.</source>
        <translation>未知的打印机字符集“%1”：请使用 gb18030、cp437 或 cp858。</translation>
    </message>
</context>
<context>
    <name>patron::PrinterStatus</name>
    <message>
        <source>The printer is out of paper. Load a new roll and print again.</source>
        <translation>打印机缺纸，请装入新纸卷后重新打印。</translation>
    </message>
    <message>
        <source>The printer cover is open. Close it and print again.</source>
        <translation>打印机机盖未合上，请合上后重新打印。</translation>
    </message>
    <message>
        <source>The printer is offline. Check that it is switched on and ready.</source>
        <translation>打印机处于离线状态，请检查打印机是否已开机并准备就绪。</translation>
    </message>
</context>
<context>
    <name>patron::PrinterTestPage</name>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>If this page reads well and was cut, the printer is set up.</source>
        <translation>如果此页打印清晰且已切纸，说明打印机已设置完成。</translation>
    </message>
</context>
<context>
    <name>patron::PrinterTransport</name>
    <message>
        <source>%1 cannot report the printer's status.</source>
        <translation>%1 无法获取打印机状态。</translation>
    </message>
</context>
<context>
    <name>patron::PrinterTransportFactory</name>
    <message>
        <source>winspool:// printers exist only on Windows; use cups://%1 here.</source>
        <translation>winspool:// 打印机仅适用于 Windows；此处请使用 cups://%1。</translation>
    </message>
</context>
<context>
    <name>patron::PrinterUri</name>
    <message>
        <source>The printer address "%1" is not valid: %2</source>
        <translation>打印机地址“%1”无效：%2</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>尚未设置小票打印机。</translation>
    </message>
    <message>
        <source>it needs a scheme such as tcp://, serial://, file:// or cups://.</source>
        <translation>需要协议前缀，例如 tcp://、serial://、file:// 或 cups://。</translation>
    </message>
    <message>
        <source>it needs a host name or IP address.</source>
        <translation>需要主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535.</source>
        <translation>端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>it needs a serial port such as /dev/ttyUSB0 or COM3.</source>
        <translation>需要串口，例如 /dev/ttyUSB0 或 COM3。</translation>
    </message>
    <message>
        <source>the baud rate must be a number such as 9600 or 115200.</source>
        <translation>波特率必须是数字，例如 9600 或 115200。</translation>
    </message>
    <message>
        <source>flow must be none, rtscts or xonxoff.</source>
        <translation>flow 必须为 none、rtscts 或 xonxoff。</translation>
    </message>
    <message>
        <source>it needs a device path such as /dev/usb/lp0.</source>
        <translation>需要设备路径，例如 /dev/usb/lp0。</translation>
    </message>
    <message>
        <source>it needs a printer queue name.</source>
        <translation>需要打印队列名称。</translation>
    </message>
    <message>
        <source>the scheme "%1" is not one of tcp, serial, file, cups, winspool.</source>
        <translation>协议前缀“%1”不是 tcp、serial、file、cups、winspool 之一。</translation>
    </message>
</context>
<context>
    <name>patron::ProductCsv</name>
    <message>
        <source>%1 may not edit the catalog.</source>
        <translation>%1 无权编辑商品资料。</translation>
    </message>
    <message>
        <source>Line 1: unknown column "%1". Known columns: sku, name, barcodes, plu, category, unit, price, member_price, cost, tax_percent, weighed, open_price, active, initials.</source>
        <translation>第 1 行：未知列“%1”。可用列：sku, name, barcodes, plu, category, unit, price, member_price, cost, tax_percent, weighed, open_price, active, initials。</translation>
    </message>
    <message>
        <source>Line 1: the file needs at least the columns sku and name.</source>
        <translation>第 1 行：文件至少需要 sku 和 name 两列。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 "%2" is not an amount of money.</source>
        <translation>%1“%2”不是有效金额。</translation>
    </message>
    <message>
        <source>price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>member price</source>
        <translation>会员价</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>进价</translation>
    </message>
    <message>
        <source>tax "%1" is not a percentage between 0 and 100.</source>
        <translation>税率“%1”不是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>"%1" is not yes/no (1/0, 是/否).</source>
        <translation>“%1”不是有效的是/否值（可填 yes/no、1/0 或 是/否）。</translation>
    </message>
</context>
<context>
    <name>patron::Promotion</name>
    <message>
        <source>A promotion needs a name.</source>
        <translation>促销需要名称。</translation>
    </message>
    <message>
        <source>A promotion needs a product or a category.</source>
        <translation>促销需要指定商品或分类。</translation>
    </message>
    <message>
        <source>A percent-off promotion takes between 0% and 100% off.</source>
        <translation>百分比折扣促销的优惠比例须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <source>An amount-off promotion needs an amount.</source>
        <translation>立减促销需要设置金额。</translation>
    </message>
    <message>
        <source>A multibuy needs a quantity of at least 2 and a bundle price.</source>
        <translation>多买优惠需要设置至少为 2 的数量和组合价。</translation>
    </message>
    <message>
        <source>Buy X get Y needs X and Y of at least 1.</source>
        <translation>买 X 送 Y 需要 X 和 Y 均至少为 1。</translation>
    </message>
    <message>
        <source>A promotion must end after it starts.</source>
        <translation>促销结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Weekdays are digits 1 (Monday) to 7 (Sunday).</source>
        <translation>星期用数字 1（星期一）到 7（星期日）表示。</translation>
    </message>
    <message>
        <source>A time window needs both a start and an end.</source>
        <translation>时间段需要同时设置开始和结束时间。</translation>
    </message>
    <message>
        <source>%1 may not edit promotions.</source>
        <translation>%1 无权编辑促销。</translation>
    </message>
    <message>
        <source>The promotion's product or category does not exist.</source>
        <translation>促销指定的商品或分类不存在。</translation>
    </message>
    <message>
        <source>There is no running promotion %1.</source>
        <translation>不存在进行中的促销 %1。</translation>
    </message>
</context>
<context>
    <name>patron::PromotionPullHandler</name>
    <message>
        <source>This till does not understand the promotion's terms.</source>
        <translation>本收银台无法识别该促销的规则。</translation>
    </message>
    <message>
        <source>There is no product %1 at this till.</source>
        <translation>本收银台没有商品 %1。</translation>
    </message>
    <message>
        <source>There is no category %1 at this till.</source>
        <translation>本收银台没有分类 %1。</translation>
    </message>
</context>
<context>
    <name>patron::QuickKeys</name>
    <message>
        <source>Quick-key positions run from 1 to %1.</source>
        <translation>快捷键位置须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>%1 may not arrange the quick keys.</source>
        <translation>%1 无权设置快捷键。</translation>
    </message>
    <message>
        <source>A quick-key label has at most %1 characters.</source>
        <translation>快捷键名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>商品 %1 不存在。</translation>
    </message>
    <message>
        <source>Product %1 is inactive; activate it before putting it on a quick key.</source>
        <translation>商品 %1 已停用，请先启用再设置到快捷键。</translation>
    </message>
    <message>
        <source>Quick key %1 is empty.</source>
        <translation>快捷键 %1 为空。</translation>
    </message>
</context>
<context>
    <name>patron::ReceiptBranding</name>
    <message>
        <source>%1 may not change the receipt settings.</source>
        <translation>%1 无权修改小票设置。</translation>
    </message>
</context>
<context>
    <name>patron::ReceiptBuilder</name>
    <message>
        <source>There is no sale with receipt number %1.</source>
        <translation>不存在小票号为 %1 的销售记录。</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>会员价</translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation>会员折扣</translation>
    </message>
    <message>
        <source>Points (%1)</source>
        <translation>积分（%1）</translation>
    </message>
    <message>
        <source>Day end (Z) %1</source>
        <translation>日结（Z）%1</translation>
    </message>
    <message>
        <source>Day so far (X) %1</source>
        <translation>当日截至目前（X）%1</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>收银台</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>销售总额</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Voided carts</source>
        <translation>已作废单据</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>按支付方式</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Stored-value top-up</source>
        <translation>储值充值</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>到账金额</translation>
    </message>
    <message>
        <source>Stored value now</source>
        <translation>当前储值余额</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>赠送积分</translation>
    </message>
    <message>
        <source>Points for a gift</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>积分流水号</translation>
    </message>
    <message>
        <source>There is no top-up %1.</source>
        <translation>没有充值记录 %1。</translation>
    </message>
    <message>
        <source>There is no gift redemption %1.</source>
        <translation>没有积分兑换记录 %1。</translation>
    </message>
    <message numerus="yes">
        <source>, %n refund(s)</source>
        <translation><numerusform>，退款 %n 笔</numerusform></translation>
    </message>
</context>
<context>
    <name>patron::ReceiptLayouter</name>
    <message>
        <source>Sales receipt</source>
        <translation>销售小票</translation>
    </message>
    <message>
        <source>Return slip</source>
        <translation>退货单</translation>
    </message>
    <message>
        <source>Stored value top-up</source>
        <translation>储值充值</translation>
    </message>
    <message>
        <source>Gift redemption</source>
        <translation>积分兑礼</translation>
    </message>
    <message>
        <source>Shift report (X)</source>
        <translation>X报表（班中报表）</translation>
    </message>
    <message>
        <source>Day-end report (Z)</source>
        <translation>日结报表（Z）</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>打印机测试页</translation>
    </message>
    <message>
        <source>Tel: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>*** COPY (reprint) ***</source>
        <translation>*** 重印 ***</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>原小票号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>抹零</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>找零</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>获得积分</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>使用积分</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Stored value used</source>
        <translation>使用储值</translation>
    </message>
    <message>
        <source>Stored value balance</source>
        <translation>储值余额</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>税号：%1</translation>
    </message>
</context>
<context>
    <name>patron::Reports</name>
    <message>
        <source>A report needs a valid start and end date (YYYY-MM-DD).</source>
        <translation>报表需要有效的开始和结束日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>开始日期 %1 晚于结束日期 %2。</translation>
    </message>
    <message>
        <source>The first month must not be after the last month.</source>
        <translation>起始月份不能晚于结束月份。</translation>
    </message>
    <message>
        <source>At most %1 months can be shown at once.</source>
        <translation>最多只能同时显示 %1 个月。</translation>
    </message>
    <message>
        <source>The number of products must be at least 1.</source>
        <translation>商品数至少为 1。</translation>
    </message>
    <message>
        <source>Member activity can be shown for at most %1 days at once.</source>
        <translation>会员动态一次最多显示 %1 天。</translation>
    </message>
</context>
<context>
    <name>patron::ResyncGate</name>
    <message>
        <source>This till was restored from a backup and must sync with head office before it sells again. Connect it to the network and run a sync.</source>
        <translation>本收银台刚从备份恢复，需先与总部同步后才能继续收银。请连接网络并执行同步。</translation>
    </message>
</context>
<context>
    <name>patron::ReturnOriginal</name>
    <message>
        <source>Receipt %1 has two payments numbered %2; it cannot be returned until the store is repaired.</source>
        <translation>小票 %1 有两笔编号同为 %2 的付款；修复数据库之前无法退货。</translation>
    </message>
    <message>
        <source>Receipt %1 has a line share of payment %2, which the sale does not have; it cannot be returned until the store is repaired.</source>
        <translation>小票 %1 的某行分摊指向付款 %2，但该笔销售没有这笔付款；修复数据库之前无法退货。</translation>
    </message>
</context>
<context>
    <name>patron::Returns</name>
    <message>
        <source>There is no sale with receipt number %1.</source>
        <translation>不存在小票号为 %1 的销售记录。</translation>
    </message>
    <message>
        <source>A return needs a supervisor or manager (permission refund).</source>
        <translation>退货需要值班主管或店长授权（权限 refund）。</translation>
    </message>
    <message>
        <source>A return needs a reason.</source>
        <translation>退货需要填写原因。</translation>
    </message>
    <message>
        <source>%1 is a return slip; a return cannot be returned.</source>
        <translation>%1 是退货单，退货单不能再退货。</translation>
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation>小票 %1 中没有第 %2 行。</translation>
    </message>
    <message>
        <source>Line %1: only %2 of %3 can still be returned.</source>
        <translation>第 %1 行：共 %3，仅剩 %2 可退。</translation>
    </message>
    <message>
        <source>Line %1 is sold by the piece: return whole units.</source>
        <translation>第 %1 行按件销售，请按整件退货。</translation>
    </message>
    <message>
        <source>Line %1 is listed twice.</source>
        <translation>第 %1 行重复列出。</translation>
    </message>
    <message>
        <source>Everything on receipt %1 has been returned already.</source>
        <translation>小票 %1 上的商品已全部退货。</translation>
    </message>
    <message>
        <source>Open a shift before taking a return.</source>
        <translation>请先开班再办理退货。</translation>
    </message>
    <message>
        <source>A return without a receipt needs a manager (permission refund.noreceipt).</source>
        <translation>无小票退货需要店长授权（权限 refund.noreceipt）。</translation>
    </message>
    <message>
        <source>Name at least one product to return.</source>
        <translation>请至少指定一件要退货的商品。</translation>
    </message>
    <message>
        <source>Returns without a receipt refund only in cash or a voucher (setting returns.no_receipt_tender).</source>
        <translation>无小票退货只能以现金或购物券退款（设置项 returns.no_receipt_tender）。</translation>
    </message>
    <message>
        <source>%1: the quantity must be more than 0 (whole units unless weighed).</source>
        <translation>%1：数量必须大于 0（除称重商品外须为整数）。</translation>
    </message>
    <message>
        <source>Receipt %1 changed while head office was asked; try the return again.</source>
        <translation>查询总部期间小票 %1 已有变化；请重新退货。</translation>
    </message>
    <message>
        <source>Receipt %1 was paid with a member's stored value or points, but the member is not known at this till.</source>
        <translation>小票 %1 使用了会员储值或积分支付，但本收银台没有该会员的资料。</translation>
    </message>
    <message>
        <source>There is no sale with receipt number %1 and total %2.</source>
        <translation>没有单号为 %1、合计为 %2 的销售。</translation>
    </message>
</context>
<context>
    <name>patron::Sales</name>
    <message>
        <source>Coupon %1 cannot be used: this store has no membership.</source>
        <translation>优惠券 %1 无法使用：本门店未开通会员功能。</translation>
    </message>
    <message>
        <source>Points cannot be used: this store has no membership.</source>
        <translation>无法使用积分：本门店未开通会员功能。</translation>
    </message>
    <message>
        <source>Stored value cannot be used: this store has no membership.</source>
        <translation>无法使用储值：本门店未开通会员功能。</translation>
    </message>
</context>
<context>
    <name>patron::SalesSchema</name>
    <message>
        <source>The sale lines' payment shares cannot be moved onto the lines: %1. The store was not changed.</source>
        <translation>无法把销售行的付款分摊迁移到销售行上：%1。数据库未作任何改动。</translation>
    </message>
    <message>
        <source>two payments of one sale have the same number</source>
        <translation>同一笔销售中有两笔付款编号相同</translation>
    </message>
    <message>
        <source>%1 of %2 shares do not belong to a payment of their line's sale</source>
        <translation>%2 条分摊中有 %1 条不属于其所在销售的任何付款</translation>
    </message>
</context>
<context>
    <name>patron::ScaleBarcode</name>
    <message>
        <source>Scale label layout "%1" is not usable: %2</source>
        <translation>条码秤标签格式“%1”不可用：%2</translation>
    </message>
    <message>
        <source>flags must be written as text, e.g. "21".</source>
        <translation>标识位必须写成文本，例如 "21"。</translation>
    </message>
    <message>
        <source>the pattern must have 1 to %1 letters.</source>
        <translation>格式必须包含 1 到 %1 个字母。</translation>
    </message>
    <message>
        <source>'%1' is not a pattern letter (F, C, M, W, X, K).</source>
        <translation>“%1”不是有效的模式字母（F、C、M、W、X、K）。</translation>
    </message>
    <message>
        <source>the check digit K must be the last letter.</source>
        <translation>校验位 K 必须是最后一个字母。</translation>
    </message>
    <message>
        <source>the pattern needs flag (F) and PLU (C) digits.</source>
        <translation>格式中需要标识（F）位和 PLU（C）位。</translation>
    </message>
    <message>
        <source>the pattern needs amount (M) or weight (W) digits.</source>
        <translation>格式中需要金额（M）或重量（W）位。</translation>
    </message>
    <message>
        <source>amount and weight may have at most %1 digits.</source>
        <translation>金额和重量最多只能有 %1 位数字。</translation>
    </message>
    <message>
        <source>it needs at least one flag.</source>
        <translation>至少需要一个标识位。</translation>
    </message>
    <message>
        <source>flag "%1" must be %2 digits, like the F letters of the pattern.</source>
        <translation>标识位“%1”必须为 %2 位数字，与格式中 F 的个数一致。</translation>
    </message>
    <message>
        <source>The scale label layouts are not a JSON list: %1</source>
        <translation>条码秤标签格式不是 JSON 列表：%1</translation>
    </message>
    <message>
        <source>expected [ … ]</source>
        <translation>应为 [ … ]</translation>
    </message>
    <message>
        <source>Each scale label layout must be a JSON object.</source>
        <translation>每个条码秤标签格式都必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>flag %1 of this %2-digit layout is also claimed by layout "%3".</source>
        <translation>此 %2 位格式的标识位 %1 也被格式“%3”占用。</translation>
    </message>
    <message>
        <source>13-digit price label</source>
        <translation>13 位价格标签</translation>
    </message>
    <message>
        <source>18-digit amount and weight label</source>
        <translation>18 位金额重量标签</translation>
    </message>
    <message>
        <source>Scale label %1 has a wrong check digit: scan it again or reprint the label.</source>
        <translation>条码秤标签 %1 校验位错误：请重新扫描或重打标签。</translation>
    </message>
    <message>
        <source>%1 is not a scale label of this store.</source>
        <translation>%1 不是本门店的条码秤标签。</translation>
    </message>
</context>
<context>
    <name>patron::ScanClassifier</name>
    <message>
        <source>Scanner setting %1 must be a whole number from %2 to %3.</source>
        <translation>扫码枪设置 %1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
</context>
<context>
    <name>patron::ScanRouter</name>
    <message>
        <source>Member card prefixes must be a list, e.g. ["8800"].</source>
        <translation>会员卡号前缀必须是列表，例如 ["8800"]。</translation>
    </message>
    <message>
        <source>A member card prefix must be non-empty text, e.g. "8800".</source>
        <translation>会员卡号前缀不能为空，例如“8800”。</translation>
    </message>
    <message>
        <source>The member card length must be 0 (any) to %1.</source>
        <translation>会员卡号长度必须为 0（不限）到 %1。</translation>
    </message>
    <message>
        <source>The member QR prefix must not be empty.</source>
        <translation>会员二维码前缀不能为空。</translation>
    </message>
    <message>
        <source>The scan was empty.</source>
        <translation>扫码内容为空。</translation>
    </message>
    <message>
        <source>This member QR code carries no card number.</source>
        <translation>此会员二维码中没有卡号。</translation>
    </message>
    <message>
        <source>%1 looks like a customer's payment code. Scan it on the payment screen.</source>
        <translation>%1 像是顾客的付款码，请在支付界面扫描。</translation>
    </message>
</context>
<context>
    <name>patron::SecretStore</name>
    <message>
        <source>No key is saved in the keychain for this store.</source>
        <translation>系统钥匙串中未保存此门店的密钥。</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Enter the recovery passphrase instead.</source>
        <translation>系统钥匙串不可用（%1），请改为输入恢复密码。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>系统钥匙串出错：%1</translation>
    </message>
    <message>
        <source>The keychain refused to save the key.</source>
        <translation>系统钥匙串拒绝保存密钥。</translation>
    </message>
</context>
<context>
    <name>patron::SerialScanner</name>
    <message>
        <source>There is no serial port %1. Check that the scanner is plugged in.</source>
        <translation>没有串口 %1。请检查扫码枪是否已连接。</translation>
    </message>
    <message>
        <source>The serial port %1 is in use or not allowed for this user (on Linux, join the dialout group).</source>
        <translation>串口 %1 正被占用，或当前用户无权访问（Linux 下请将用户加入 dialout 组）。</translation>
    </message>
    <message>
        <source>The scanner on %1 went away %2 (unplugged?).</source>
        <translation>%1 上的扫码枪%2断开（是否被拔出？）。</translation>
    </message>
    <message>
        <source>The scanner on %1 failed %2: %3</source>
        <translation>%1 上的扫码枪%2出错：%3</translation>
    </message>
    <message>
        <source>No serial port is set for the scanner.</source>
        <translation>未设置扫码枪的串口。</translation>
    </message>
    <message>
        <source>while opening</source>
        <translation>在打开时</translation>
    </message>
    <message>
        <source>The serial port %1 refused %2 baud.</source>
        <translation>串口 %1 不支持 %2 波特率。</translation>
    </message>
    <message>
        <source>while reading</source>
        <translation>在读取时</translation>
    </message>
</context>
<context>
    <name>patron::SerialTransport</name>
    <message>
        <source>There is no serial port %1. Check that the printer is plugged in.</source>
        <translation>串口 %1 不存在。请检查打印机是否已连接。</translation>
    </message>
    <message>
        <source>The serial port %1 is in use or not allowed for this user (on Linux, join the dialout group).</source>
        <translation>串口 %1 正被占用，或当前用户无权访问（Linux 下请将用户加入 dialout 组）。</translation>
    </message>
    <message>
        <source>The serial port %1 went away %2 (unplugged?).</source>
        <translation>串口 %1 %2断开（是否已被拔出？）。</translation>
    </message>
    <message>
        <source>The serial printer on %1 failed %2: %3</source>
        <translation>串口打印机 %1 %2出错：%3</translation>
    </message>
    <message>
        <source>while opening</source>
        <translation>在打开时</translation>
    </message>
    <message>
        <source>while setting %1 baud</source>
        <translation>在设置 %1 波特率时</translation>
    </message>
    <message>
        <source>while printing</source>
        <translation>在打印时</translation>
    </message>
    <message>
        <source>in the middle of the job</source>
        <translation>在打印过程中</translation>
    </message>
    <message>
        <source>The printer on %1 stopped taking data in the middle of the job (%2 of %3 bytes sent). Check paper and cover, then print again.</source>
        <translation>%1 上的打印机在打印过程中停止接收数据（已发送 %2/%3 字节）。请检查纸张和机盖，然后重新打印。</translation>
    </message>
    <message>
        <source>while reading its status</source>
        <translation>在读取状态时</translation>
    </message>
    <message>
        <source>The printer on %1 did not answer within %2 ms.</source>
        <translation>%1 上的打印机在 %2 毫秒内无响应。</translation>
    </message>
    <message>
        <source>The printer on %1 did not take the end of the job.</source>
        <translation>%1 上的打印机未能接收打印任务的结尾部分。</translation>
    </message>
</context>
<context>
    <name>patron::Shift</name>
    <message>
        <source>%1 may not open shifts.</source>
        <translation>%1 无权开班。</translation>
    </message>
    <message>
        <source>The float cannot be negative.</source>
        <translation>备用金不能为负数。</translation>
    </message>
    <message>
        <source>%1's shift is still open on this till; close it first.</source>
        <translation>%1 在本收银台的班次尚未交班，请先交班。</translation>
    </message>
    <message>
        <source>%1 may not move cash.</source>
        <translation>%1 无权存取现金。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>Cash in and out need a reason.</source>
        <translation>存入和取出现金需要填写原因。</translation>
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation>此收银台尚未开班。</translation>
    </message>
    <message>
        <source>The drawer should hold only %1.</source>
        <translation>钱箱中应有现金仅为 %1。</translation>
    </message>
    <message>
        <source>%1 may not close shifts.</source>
        <translation>%1 无权交班。</translation>
    </message>
    <message>
        <source>Counted cash cannot be negative.</source>
        <translation>清点现金不能为负数。</translation>
    </message>
    <message>
        <source>%1 may not close the day.</source>
        <translation>%1 无权日结。</translation>
    </message>
    <message>
        <source>Close %1's shift before the day-end (Z) report.</source>
        <translation>请先为 %1 交班，再出日结（Z）报表。</translation>
    </message>
    <message>
        <source>The day-end (Z) report for %1 was already made.</source>
        <translation>%1 的日结（Z）报表已生成。</translation>
    </message>
    <message>
        <source>There is no day-end report for %1.</source>
        <translation>%1 没有日结报表。</translation>
    </message>
</context>
<context>
    <name>patron::Store</name>
    <message>
        <source>The store is busy: another program is writing to it. Try again in a moment.</source>
        <translation>数据库正忙：另一个程序正在写入，请稍后重试。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满，未保存任何内容。请释放部分空间后重试。</translation>
    </message>
    <message>
        <source>The store is on a read-only disk or file. Nothing was saved.</source>
        <translation>门店数据位于只读磁盘或文件上，未保存任何内容。</translation>
    </message>
    <message>
        <source>The disk reported an input/output error (%1). Nothing was saved.</source>
        <translation>磁盘报告输入/输出错误（%1），未保存任何内容。</translation>
    </message>
    <message>
        <source>The store file is damaged or not readable with this key.</source>
        <translation>门店数据文件已损坏，或无法用此密钥读取。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>此更改与现有数据冲突（%1）。</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>%1 出现数据库错误：%2</translation>
    </message>
    <message>
        <source>This store was made by a newer version of Patron (schema %1; this program knows up to %2). Install the newer version; the store was not changed.</source>
        <translation>此门店数据由更高版本的 Patron 创建（数据库版本 %1；本程序最高支持 %2）。请安装新版本；门店数据未做任何更改。</translation>
    </message>
    <message>
        <source>%1 must be 1 to 16 letters, digits, '-' or '_' (got "%2").</source>
        <translation>%1 须由 1 到 16 个字母、数字、“-”或“_”组成（当前为“%2”）。</translation>
    </message>
    <message>
        <source>There is no store file at %1.</source>
        <translation>%1 处没有门店数据文件。</translation>
    </message>
    <message>
        <source>The store at %1 cannot be opened for writing: the disk or folder is read-only.</source>
        <translation>无法以写入方式打开 %1 处的门店数据：磁盘或文件夹为只读。</translation>
    </message>
    <message>
        <source>The store at %1 cannot be opened.</source>
        <translation>无法打开 %1 处的门店数据。</translation>
    </message>
    <message>
        <source>Unexpected database state.</source>
        <translation>数据库状态异常。</translation>
    </message>
    <message>
        <source>The store code</source>
        <translation>门店编号</translation>
    </message>
    <message>
        <source>The till code</source>
        <translation>收银台编号</translation>
    </message>
    <message>
        <source>The store needs a name.</source>
        <translation>门店名称不能为空。</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 4217 currency code such as CNY.</source>
        <translation>“%1”不是 ISO 4217 货币代码（例如 CNY）。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
    <message>
        <source>There is already a store in %1.</source>
        <translation>%1 中已存在门店数据。</translation>
    </message>
    <message>
        <source>There is no Patron store in %1.</source>
        <translation>%1 中没有 Patron 门店数据。</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Patron store.</source>
        <translation>%1 是未加密的 SQLite 文件，不是 Patron 门店数据。</translation>
    </message>
    <message>
        <source>The store file %1 is damaged, or it does not belong to this key vault.</source>
        <translation>门店数据文件 %1 已损坏，或不属于此密钥库。</translation>
    </message>
    <message>
        <source>%1 is not a Patron store.</source>
        <translation>%1 不是 Patron 门店数据。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>无法创建锁文件 %1。</translation>
    </message>
    <message>
        <source>The store is in use by another program (the till, patron-cli or sync). Close it and try again.</source>
        <translation>门店数据正被其他程序（收银台、patron-cli 或同步程序）使用，请关闭后重试。</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only.</source>
        <translation>数据目录 %1 为只读。</translation>
    </message>
    <message>
        <source>The store is being restored from a backup. Try again when the restore has finished.</source>
        <translation>正在从备份恢复门店数据，请在恢复完成后重试。</translation>
    </message>
    <message>
        <source>Internal error (a bug in Patron): %1. Nothing was saved.</source>
        <translation>内部错误（Patron 的程序缺陷）：%1。本次操作未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>patron::StoreCompaction</name>
    <message>
        <source>Compacting needs about %1 MB free on %2 (twice the store); %3 MB are free. Nothing was changed.</source>
        <translation>压缩需要 %2 上约 %1 MB 可用空间（数据库大小的两倍）；现有 %3 MB 可用。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>patron::SyncConfig</name>
    <message>
        <source>The head-office connection string is empty.</source>
        <translation>总部连接字符串为空。</translation>
    </message>
    <message>
        <source>"%1" is not an sslmode; use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>“%1”不是有效的 sslmode，请使用 disable、allow、prefer、require、verify-ca 或 verify-full。</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>无法读取证书文件 %1。</translation>
    </message>
    <message>
        <source>A client certificate needs both --sslcert and --sslkey.</source>
        <translation>客户端证书需要同时提供 --sslcert 和 --sslkey。</translation>
    </message>
</context>
<context>
    <name>patron::TcpTransport</name>
    <message>
        <source>The printer at %1 refused the connection. Check that it is switched on and that the address and port are right.</source>
        <translation>打印机 %1 拒绝连接。请检查打印机是否已开机，以及地址和端口是否正确。</translation>
    </message>
    <message>
        <source>The printer host %1 was not found.</source>
        <translation>找不到打印机主机 %1。</translation>
    </message>
    <message>
        <source>The printer at %1 closed the connection %2.</source>
        <translation>打印机 %1 %2断开了连接。</translation>
    </message>
    <message>
        <source>The network to the printer at %1 is down.</source>
        <translation>打印机 %1 所在网络不可用。</translation>
    </message>
    <message>
        <source>The printer at %1 failed %2: %3</source>
        <translation>打印机 %1 %2出错：%3</translation>
    </message>
    <message>
        <source>The printer at %1 did not answer within %2 seconds. Check the cable, the network and the printer's address.</source>
        <translation>打印机 %1 在 %2 秒内无响应。请检查线缆、网络和打印机地址。</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>在连接时</translation>
    </message>
    <message>
        <source>in the middle of the job</source>
        <translation>在打印过程中</translation>
    </message>
    <message>
        <source>The printer at %1 stopped taking data in the middle of the job (%2 of %3 bytes sent). Check paper and cover, then print again.</source>
        <translation>打印机 %1 在打印过程中停止接收数据（已发送 %2/%3 字节）。请检查纸张和机盖，然后重新打印。</translation>
    </message>
    <message>
        <source>while printing</source>
        <translation>在打印时</translation>
    </message>
    <message>
        <source>The printer at %1 did not answer within %2 ms.</source>
        <translation>打印机 %1 在 %2 毫秒内无响应。</translation>
    </message>
    <message>
        <source>while reading its status</source>
        <translation>在读取状态时</translation>
    </message>
    <message>
        <source>The printer at %1 did not take the end of the job.</source>
        <translation>打印机 %1 未能接收打印任务的结尾部分。</translation>
    </message>
</context>
<context>
    <name>patron::Tender</name>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Prepaid voucher</source>
        <translation>购物券</translation>
    </message>
</context>
<context>
    <name>patron::Users</name>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN 码为 4 到 12 位数字。</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>PIN 码只能包含数字。</translation>
    </message>
    <message>
        <source>Unknown user or wrong PIN.</source>
        <translation>用户不存在或 PIN 码错误。</translation>
    </message>
    <message>
        <source>%1 may not do this: it needs the permission "%2".</source>
        <translation>%1 无权执行此操作：需要“%2”权限。</translation>
    </message>
    <message>
        <source>The store already has users; ask an administrator.</source>
        <translation>此门店已有用户，请联系管理员。</translation>
    </message>
    <message>
        <source>A user name has 1 to 32 letters, digits, '.', '-' or '_' (got "%1").</source>
        <translation>用户名须由 1 到 32 个字母、数字、“.”、“-”或“_”组成（当前为“%1”）。</translation>
    </message>
    <message>
        <source>"%1" is not a role; use cashier, supervisor, manager or admin.</source>
        <translation>“%1”不是有效的角色；请使用 cashier（收银员）、supervisor（值班主管）、manager（店长）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>已存在名为 %1 的用户。</translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation>不存在名为 %1 的用户。</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled.</source>
        <translation>%1 是最后一个启用中的管理员，不能停用。</translation>
    </message>
    <message>
        <source>The user %1 is disabled.</source>
        <translation>用户 %1 已停用。</translation>
    </message>
    <message>
        <source>The user %1 is locked after too many wrong PINs. A manager must reset the PIN.</source>
        <translation>用户 %1 因 PIN 码错误次数过多已被锁定，需由店长重置 PIN 码。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n second(s) and try again.</source>
        <translation><numerusform>PIN 码错误次数过多，请等待 %n 秒后再试。</numerusform></translation>
    </message>
    <message>
        <source>Wrong PIN. The user %1 is now locked; a manager must reset the PIN.</source>
        <translation>PIN 码错误。用户 %1 现已被锁定，需由店长重置 PIN 码。</translation>
    </message>
    <message numerus="yes">
        <source>Unknown user or wrong PIN. %n attempt(s) left before the user is locked.</source>
        <translation><numerusform>用户不存在或 PIN 码错误。还剩 %n 次尝试机会，之后该用户将被锁定。</numerusform></translation>
    </message>
    <message>
        <source>%1 may not authorise this: it needs the permission "%2".</source>
        <translation>%1 无权授权此操作：需要“%2”权限。</translation>
    </message>
    <message>
        <source>%1 may not give or change the role %2: it is above their own role.</source>
        <translation>%1 不能授予或更改“%2”角色：该角色高于其本人的角色。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and must stay one; make another user an administrator first.</source>
        <translation>%1 是最后一位在用的管理员，必须保留管理员角色；请先将其他用户设为管理员。</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入 PIN 码。</translation>
    </message>
</context>
<context>
    <name>patron::WindowsSpoolerTransport</name>
    <message>
        <source>The Windows printer "%1" failed %2 (error %3).</source>
        <translation>Windows 打印机“%1”%2出错（错误代码 %3）。</translation>
    </message>
    <message>
        <source>to open</source>
        <translation>在打开时</translation>
    </message>
    <message>
        <source>to start the job</source>
        <translation>在开始打印任务时</translation>
    </message>
    <message>
        <source>to start the page</source>
        <translation>在开始打印页面时</translation>
    </message>
    <message>
        <source>while printing</source>
        <translation>在打印时</translation>
    </message>
    <message>
        <source>to end the job</source>
        <translation>在结束打印任务时</translation>
    </message>
</context>
<context>
    <name>patron::cli</name>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>选项 --%1 不接受值。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>No recovery passphrase: set PATRON_PASSPHRASE or use --passphrase-file.</source>
        <translation>未提供恢复密码：请设置 PATRON_PASSPHRASE 或使用 --passphrase-file。</translation>
    </message>
    <message>
        <source>The store is locked: set PATRON_PASSPHRASE or use --passphrase-file (%1)</source>
        <translation>门店已锁定：请设置 PATRON_PASSPHRASE 或使用 --passphrase-file（%1）</translation>
    </message>
    <message>
        <source>This command needs a user: use --user NAME --pin PIN or set PATRON_USER and PATRON_PIN.</source>
        <translation>此命令需要指定用户：请使用 --user NAME --pin PIN，或设置 PATRON_USER 和 PATRON_PIN。</translation>
    </message>
    <message>
        <source>Run "patron-cli help" for the list of commands.</source>
        <translation>运行“patron-cli help”查看命令列表。</translation>
    </message>
    <message>
        <source>init needs --%1.</source>
        <translation>init 命令需要 --%1 参数。</translation>
    </message>
    <message>
        <source>Created store %1 (%2), till %3, in %4. Administrator: %5.</source>
        <translation>已在 %4 中创建门店 %1（%2），收银台 %3。管理员：%5。</translation>
    </message>
    <message>
        <source>Store %1 (%2), till %3, currency %4
Data folder: %5
Schema version: %6 (this program: %7)
Receipt epoch: %8
Cipher: SQLCipher %9, %10-byte pages, HMAC %11
Rows:</source>
        <translation>门店 %1（%2），收银台 %3，币种 %4
数据目录：%5
数据库版本：%6（本程序：%7）
小票批次：%8
加密：SQLCipher %9，页大小 %10 字节，HMAC %11
数据行数：</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The store failed its integrity check: %1</source>
        <translation>门店数据未通过完整性检查：%1</translation>
    </message>
    <message>
        <source>The audit chain is broken: %1</source>
        <translation>审计链已断裂：%1</translation>
    </message>
    <message numerus="yes">
        <source>Store integrity: ok. Audit chain: %n record(s), intact.</source>
        <translation><numerusform>门店数据完整性：正常。审计链：共 %n 条记录，完整无损。</numerusform></translation>
    </message>
    <message>
        <source>The new passphrase file cannot be read: %1</source>
        <translation>无法读取新密码文件：%1</translation>
    </message>
    <message>
        <source>passphrase change needs the new passphrase in PATRON_NEW_PASSPHRASE or --new-passphrase-file.</source>
        <translation>passphrase change 命令需要通过 PATRON_NEW_PASSPHRASE 或 --new-passphrase-file 提供新密码。</translation>
    </message>
    <message>
        <source>Changing the recovery passphrase needs an administrator.</source>
        <translation>更改恢复密码需要管理员权限。</translation>
    </message>
    <message>
        <source>The recovery passphrase was changed. Backups made before keep their old passphrase.</source>
        <translation>恢复密码已更改。此前创建的备份仍使用原密码。</translation>
    </message>
    <message>
        <source>backup needs exactly one target FILE.</source>
        <translation>backup 命令需要且只能指定一个目标文件 FILE。</translation>
    </message>
    <message>
        <source>%1 may not make backups.</source>
        <translation>%1 无权创建备份。</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 bytes).</source>
        <translation>备份已写入并校验通过：%1（%2 字节）。</translation>
    </message>
    <message>
        <source>restore needs exactly one backup FILE.</source>
        <translation>restore 命令需要且只能指定一个备份文件 FILE。</translation>
    </message>
    <message>
        <source>Restored. Receipt numbers continue in epoch %1.</source>
        <translation>已恢复。小票编号将在批次 %1 中继续。</translation>
    </message>
    <message>
        <source>Create a new encrypted store and its administrator</source>
        <translation>创建新的加密门店及其管理员</translation>
    </message>
    <message>
        <source>Show schema version, store and till codes, cipher settings, row counts</source>
        <translation>显示数据库版本、门店编号和收银台编号、加密设置及数据行数</translation>
    </message>
    <message>
        <source>Check the store's integrity and the audit chain</source>
        <translation>检查门店数据完整性和审计链</translation>
    </message>
    <message>
        <source>Change the recovery passphrase (rewraps the key; the store is not re-encrypted)</source>
        <translation>更改恢复密码（仅重新封装密钥，门店数据不会重新加密）</translation>
    </message>
    <message>
        <source>Write a verified, encrypted backup</source>
        <translation>创建经过校验的加密备份</translation>
    </message>
    <message>
        <source>Restore a backup into the data folder (new receipt epoch)</source>
        <translation>将备份恢复到数据目录（开始新的小票批次）</translation>
    </message>
    <message>
        <source>user add needs NAME, --role ROLE and --pin PIN.</source>
        <translation>user add 命令需要 NAME、--role ROLE 和 --pin PIN。</translation>
    </message>
    <message>
        <source>Added user %1 (%2).</source>
        <translation>已添加用户 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 may not list users.</source>
        <translation>%1 无权查看用户列表。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>user set-pin needs NAME and --pin NEWPIN.</source>
        <translation>user set-pin 命令需要 NAME 和 --pin NEWPIN。</translation>
    </message>
    <message>
        <source>The PIN of %1 was set; the user is unlocked.</source>
        <translation>已设置 %1 的 PIN 码，该用户已解除锁定。</translation>
    </message>
    <message>
        <source>This command needs exactly one user NAME.</source>
        <translation>此命令需要且只能指定一个用户 NAME。</translation>
    </message>
    <message>
        <source>User %1 is disabled.</source>
        <translation>用户 %1 已停用。</translation>
    </message>
    <message>
        <source>User %1 is enabled.</source>
        <translation>用户 %1 已启用。</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>List users</source>
        <translation>查看用户列表</translation>
    </message>
    <message>
        <source>Set a user's PIN (also unlocks the user)</source>
        <translation>设置用户的 PIN 码（同时解除锁定）</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Enable a disabled user</source>
        <translation>启用已停用的用户</translation>
    </message>
    <message>
        <source>Usage: patron-cli [--data-dir DIR] [--json] [--passphrase-file FILE] [--user NAME --pin PIN] [--lang zh_CN|en] COMMAND [ARGS]

Commands:
</source>
        <translation>用法：patron-cli [--data-dir DIR] [--json] [--passphrase-file FILE] [--user NAME --pin PIN] [--lang zh_CN|en] COMMAND [ARGS]

命令：
</translation>
    </message>
    <message>
        <source>
The store is unlocked with PATRON_PASSPHRASE or --passphrase-file, else the keychain. See docs/cli.md for every command, output field and exit code.
</source>
        <translation>
门店使用 PATRON_PASSPHRASE 或 --passphrase-file 解锁，否则使用系统钥匙串。各命令、输出字段和退出码详见 docs/cli.md。
</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>This command needs the head-office connection: --dsn DSN or PATRON_HQ_DSN.</source>
        <translation>此命令需要总部连接：请使用 --dsn DSN 或设置 PATRON_HQ_DSN。</translation>
    </message>
    <message>
        <source>"%1" is not an sslmode; use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>“%1”不是有效的 sslmode，请使用 disable、allow、prefer、require、verify-ca 或 verify-full。</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 需要 --%2 参数。</translation>
    </message>
    <message>
        <source>Head office is up to date (schema version %1).</source>
        <translation>总部数据库已是最新（数据库版本 %1）。</translation>
    </message>
    <message>
        <source>Head office schema: version %1 → %2.</source>
        <translation>总部数据库：版本 %1 → %2。</translation>
    </message>
    <message>
        <source>Head office has no Patron schema yet: run "patron-cli hq init".</source>
        <translation>总部尚未建立 Patron 数据库结构：请运行“patron-cli hq init”。</translation>
    </message>
    <message numerus="yes">
        <source>Schema version %1, %n store(s), TLS %2</source>
        <translation><numerusform>数据库版本 %1，%n 个门店，TLS %2</numerusform></translation>
    </message>
    <message>
        <source>Events %1: %2</source>
        <translation>事件 %1：%2</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>未解决的冲突：%1</translation>
    </message>
    <message>
        <source>Added store %1 (%2).</source>
        <translation>已添加门店 %1（%2）。</translation>
    </message>
    <message>
        <source>Added till %1 to store %2 (role %3).
On the till, run once (the password is not shown again):
  patron-cli sync configure --dsn "%4" --sslrootcert CA.pem</source>
        <translation>已将收银台 %1 添加到门店 %2（角色 %3）。
请在该收银台上运行一次以下命令（密码不会再次显示）：
  patron-cli sync configure --dsn "%4" --sslrootcert CA.pem</translation>
    </message>
    <message>
        <source>Till %1 of store %2 is revoked: it can no longer log in or push.</source>
        <translation>门店 %2 的收银台 %1 已被撤销授权：无法再登录或上传数据。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1  %2  (%3 till(s))</source>
        <translation>%1  %2  （%3 个收银台）</translation>
    </message>
    <message>
        <source>last push %1</source>
        <translation>最近上传 %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>已于 %1 撤销授权</translation>
    </message>
    <message>
        <source>#%1 %2 member %3 %4 %5</source>
        <translation>#%1 %2 会员 %3 %4 %5</translation>
    </message>
    <message>
        <source>%1/%2 clock off by %3 ms at %4</source>
        <translation>%1/%2 时钟偏差 %3 毫秒（%4）</translation>
    </message>
    <message>
        <source>--id takes a conflict number.</source>
        <translation>--id 需要冲突编号。</translation>
    </message>
    <message>
        <source>Conflict #%1 resolved.</source>
        <translation>冲突 #%1 已解决。</translation>
    </message>
    <message>
        <source>Re-applied kept events: %1</source>
        <translation>已重新应用保留的事件：%1</translation>
    </message>
    <message>
        <source>--tax-rate-bp takes basis points, e.g. 1300 for 13%.</source>
        <translation>--tax-rate-bp 以基点为单位，例如 13% 为 1300。</translation>
    </message>
    <message>
        <source>Product %1 saved at head office; tills receive it on their next pull.</source>
        <translation>商品 %1 已保存到总部，各收银台将在下次拉取时收到。</translation>
    </message>
    <message>
        <source>--value must be JSON, e.g. 2, true, "text" or {"rate": 100}.</source>
        <translation>--value 必须是 JSON，例如 2、true、"text" 或 {"rate": 100}。</translation>
    </message>
    <message>
        <source>Rule %1 saved at head office.</source>
        <translation>规则 %1 已保存到总部。</translation>
    </message>
    <message>
        <source>Create or upgrade the head-office schema (safe to repeat)</source>
        <translation>创建或升级总部数据库结构（可重复执行）</translation>
    </message>
    <message>
        <source>Head-office schema version, stores, events, open conflicts</source>
        <translation>总部数据库版本、门店、事件及未解决的冲突</translation>
    </message>
    <message>
        <source>Register a store</source>
        <translation>注册门店</translation>
    </message>
    <message>
        <source>Register a till and create its login role; prints its DSN once</source>
        <translation>注册收银台并创建其登录角色；DSN 仅显示一次</translation>
    </message>
    <message>
        <source>Revoke a till (stolen or retired): it can no longer log in or push</source>
        <translation>吊销收银台（被盗或停用）：该收银台将无法再登录或推送数据</translation>
    </message>
    <message>
        <source>List stores</source>
        <translation>列出门店</translation>
    </message>
    <message>
        <source>List tills, their roles and last push</source>
        <translation>列出收银台及其角色和最近推送时间</translation>
    </message>
    <message>
        <source>List duplicate members and negative balances found while merging</source>
        <translation>列出合并时发现的重复会员和负余额</translation>
    </message>
    <message>
        <source>Mark a conflict resolved, saying how</source>
        <translation>将冲突标记为已解决并说明解决方式</translation>
    </message>
    <message>
        <source>List events kept but not applied</source>
        <translation>列出已保留但未应用的事件</translation>
    </message>
    <message>
        <source>Apply kept events again after an upgrade</source>
        <translation>升级后重新应用已保存的事件</translation>
    </message>
    <message>
        <source>Tills whose clocks drifted beyond the threshold</source>
        <translation>时钟偏差超出阈值的收银台</translation>
    </message>
    <message>
        <source>Create or change a product centrally</source>
        <translation>在总部新建或修改商品</translation>
    </message>
    <message>
        <source>Set a loyalty or store rule centrally</source>
        <translation>由总部统一设置会员积分规则或门店规则</translation>
    </message>
    <message>
        <source>List central rules</source>
        <translation>列出总部统一规则</translation>
    </message>
    <message>
        <source>"%1" is not a date like 1990-07-01.</source>
        <translation>“%1”不是有效日期，格式应如 1990-07-01。</translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation>--%1 只能是 yes 或 no。</translation>
    </message>
    <message>
        <source>member add needs MOBILE and NAME.</source>
        <translation>member add 命令需要 MOBILE 和 NAME。</translation>
    </message>
    <message>
        <source>Registered %1 (id:%2, card %3).</source>
        <translation>已注册 %1（id:%2，卡号 %3）。</translation>
    </message>
    <message>
        <source>member find needs one QUERY (mobile, last 4 digits, card, QR, name or initials).</source>
        <translation>member find 命令需要一个 QUERY（手机号、手机号后 4 位、卡号、二维码、姓名或助记码）。</translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation>未找到会员。</translation>
    </message>
    <message>
        <source>member show needs MEMBER.</source>
        <translation>member show 命令需要 MEMBER。</translation>
    </message>
    <message>
        <source>%1  id:%2  %3  card %4
Tier %5  points %6  stored value %7 (principal %8, bonus %9)</source>
        <translation>%1  ID:%2  %3  卡号 %4
会员等级 %5  积分 %6  储值 %7（本金 %8，赠送 %9）</translation>
    </message>
    <message>
        <source>member edit needs MEMBER and the fields to change.</source>
        <translation>member edit 命令需要 MEMBER 及要修改的字段。</translation>
    </message>
    <message>
        <source>Member id:%1 updated.</source>
        <translation>会员 id:%1 已更新。</translation>
    </message>
    <message>
        <source>member erase needs MEMBER and --reason TEXT.</source>
        <translation>member erase 命令需要 MEMBER 和 --reason TEXT。</translation>
    </message>
    <message>
        <source>Member id:%1 erased: personal data removed, ledgers kept.</source>
        <translation>会员 id:%1 已清除：个人信息已删除，账目记录已保留。</translation>
    </message>
    <message>
        <source>member export-data needs MEMBER.</source>
        <translation>member export-data 命令需要 MEMBER。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Wrote everything about member id:%1 to %2.</source>
        <translation>已将会员 id:%1 的全部数据写入 %2。</translation>
    </message>
    <message>
        <source>member import needs a CSV FILE.</source>
        <translation>member import 命令需要一个 CSV 文件 FILE。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Imported %1 members (%2).</source>
        <translation>已导入 %1 名会员（%2）。</translation>
    </message>
    <message>
        <source>member export needs an output FILE.</source>
        <translation>member export 命令需要输出文件 FILE。</translation>
    </message>
    <message>
        <source>%1 may not export members.</source>
        <translation>%1 无权导出会员。</translation>
    </message>
    <message>
        <source>Exported %1 members to %2.</source>
        <translation>已将 %1 名会员导出到 %2。</translation>
    </message>
    <message>
        <source>topup needs MEMBER AMOUNT --pay TENDER.</source>
        <translation>topup 命令需要 MEMBER AMOUNT --pay TENDER。</translation>
    </message>
    <message>
        <source>Topped up %1 (bonus %2). Balance %3.</source>
        <translation>已充值 %1（赠送 %2），余额 %3。</translation>
    </message>
    <message>
        <source>topup-refund needs the top-up's ENTRY uuid.</source>
        <translation>topup-refund 命令需要充值记录的 ENTRY uuid。</translation>
    </message>
    <message>
        <source>"%1" is not an entry uuid.</source>
        <translation>“%1”不是有效的条目 uuid。</translation>
    </message>
    <message>
        <source>Refund %1 to the customer.</source>
        <translation>请退还顾客 %1。</translation>
    </message>
    <message>
        <source>redeem needs MEMBER --gift CODE.</source>
        <translation>redeem 命令需要 MEMBER --gift CODE。</translation>
    </message>
    <message>
        <source>Gift redeemed for %1 points.</source>
        <translation>已使用 %1 积分兑换礼品。</translation>
    </message>
    <message>
        <source>points adjust needs MEMBER DELTA --reason TEXT (DELTA like 100 or -50).</source>
        <translation>points adjust 命令需要 MEMBER DELTA --reason TEXT（DELTA 如 100 或 -50）。</translation>
    </message>
    <message>
        <source>Points adjusted by %1; balance %2.</source>
        <translation>积分已调整 %1，余额 %2。</translation>
    </message>
    <message>
        <source>coupon template add needs --code CODE and --value (an amount, or a percentage for percent_off).</source>
        <translation>coupon template add 命令需要 --code CODE 和 --value（金额；percent_off 类型则为百分比）。</translation>
    </message>
    <message>
        <source>Coupon template %1 saved (rules version %2).</source>
        <translation>优惠券模板 %1 已保存（规则版本 %2）。</translation>
    </message>
    <message>
        <source>coupon issue needs TEMPLATE MEMBER, or TEMPLATE --segment SEGMENT.</source>
        <translation>coupon issue 命令需要 TEMPLATE MEMBER，或 TEMPLATE --segment SEGMENT。</translation>
    </message>
    <message>
        <source>"%1" is not an RFM segment.</source>
        <translation>“%1”不是有效的 RFM 客户分群。</translation>
    </message>
    <message>
        <source>Issued %1 coupons to %2.</source>
        <translation>已向 %2 发放 %1 张优惠券。</translation>
    </message>
    <message>
        <source>Coupon %1 issued (id %2).</source>
        <translation>已发放优惠券 %1（ID %2）。</translation>
    </message>
    <message>
        <source>Count card %1 (%2 uses) added.</source>
        <translation>已添加次卡 %1（%2 次）。</translation>
    </message>
    <message>
        <source>countcard use needs the card's numeric ID.</source>
        <translation>countcard use 命令需要次卡的数字 ID。</translation>
    </message>
    <message>
        <source>Used; %1 left.</source>
        <translation>已核销，剩余 %1 次。</translation>
    </message>
    <message>
        <source>rules set needs a JSON FILE.</source>
        <translation>rules set 命令需要一个 JSON 文件 FILE。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>Loyalty rules version %1 is in force.</source>
        <translation>会员积分规则版本 %1 已生效。</translation>
    </message>
    <message>
        <source>%1 may not run the tier evaluation.</source>
        <translation>%1 无权执行会员等级评定。</translation>
    </message>
    <message>
        <source>%1 tier changes, %2 points expired, %3 birthday coupons.</source>
        <translation>等级变更 %1 次，过期积分 %2，生日优惠券 %3 张。</translation>
    </message>
    <message>
        <source>report needs one of rfm, birthdays, dormant, liability, tiers, growth, campaign.</source>
        <translation>report 命令需要以下之一：rfm、birthdays、dormant、liability、tiers、growth、campaign。</translation>
    </message>
    <message>
        <source>%1 may not view reports.</source>
        <translation>%1 无权查看报表。</translation>
    </message>
    <message>
        <source>Stored value owed: principal %1, bonus %2 (%3 members).</source>
        <translation>储值负债：本金 %1，赠送 %2（%3 名会员）。</translation>
    </message>
    <message>
        <source>--channel is sms or email.</source>
        <translation>--channel 只能是 sms 或 email。</translation>
    </message>
    <message>
        <source>Unknown report "%1".</source>
        <translation>未知报表“%1”。</translation>
    </message>
    <message>
        <source>Register a member</source>
        <translation>注册会员</translation>
    </message>
    <message>
        <source>Find members by mobile, last 4 digits, card, QR, name or initials</source>
        <translation>按手机号、手机后 4 位、卡号、二维码、姓名或助记码查找会员</translation>
    </message>
    <message>
        <source>Show a member with balances, coupons and the next tier</source>
        <translation>显示会员信息、余额、优惠券及下一等级</translation>
    </message>
    <message>
        <source>Edit a member</source>
        <translation>编辑会员</translation>
    </message>
    <message>
        <source>Erase a member's personal data</source>
        <translation>清除会员个人信息</translation>
    </message>
    <message>
        <source>Export everything about one member (JSON)</source>
        <translation>导出某会员的全部数据（JSON）</translation>
    </message>
    <message>
        <source>Import members from CSV (UTF-8 or GBK)</source>
        <translation>从 CSV 导入会员（UTF-8 或 GBK）</translation>
    </message>
    <message>
        <source>Export members to CSV</source>
        <translation>导出会员到 CSV</translation>
    </message>
    <message>
        <source>Top up stored value</source>
        <translation>储值充值</translation>
    </message>
    <message>
        <source>Refund a top-up (principal only)</source>
        <translation>充值退款（仅退本金）</translation>
    </message>
    <message>
        <source>Redeem points for a gift</source>
        <translation>积分兑换礼品</translation>
    </message>
    <message>
        <source>Adjust a member's points</source>
        <translation>调整会员积分</translation>
    </message>
    <message>
        <source>Add or replace a coupon template</source>
        <translation>新增或替换优惠券模板</translation>
    </message>
    <message>
        <source>Issue a coupon to a member or an RFM segment</source>
        <translation>向会员或 RFM 客户分群发放优惠券</translation>
    </message>
    <message>
        <source>List coupon templates, or a member's coupons</source>
        <translation>列出优惠券模板或某会员的优惠券</translation>
    </message>
    <message>
        <source>Sell a count card</source>
        <translation>销售次卡</translation>
    </message>
    <message>
        <source>Use a count card once</source>
        <translation>核销一次次卡</translation>
    </message>
    <message>
        <source>Show the loyalty rules</source>
        <translation>显示会员积分规则</translation>
    </message>
    <message>
        <source>Set the loyalty rules (a new version)</source>
        <translation>设置会员积分规则（生成新版本）</translation>
    </message>
    <message>
        <source>Run the daily tier, points-expiry and birthday-coupon jobs</source>
        <translation>运行每日会员等级、积分过期和生日优惠券任务</translation>
    </message>
    <message>
        <source>Member reports</source>
        <translation>会员报表</translation>
    </message>
    <message>
        <source>printer test takes one printer address, e.g. tcp://192.168.1.50:9100.</source>
        <translation>printer test 命令需要一个打印机地址，例如 tcp://192.168.1.50:9100。</translation>
    </message>
    <message>
        <source>No printer given and none set up: printer test URI (tcp://, serial://, file://, cups://).</source>
        <translation>未指定打印机，也未设置打印机：请使用 printer test URI（tcp://、serial://、file://、cups://）。</translation>
    </message>
    <message>
        <source>--columns must be 32 (58 mm paper) or 48 (80 mm paper).</source>
        <translation>--columns 必须是 32（58 mm 纸）或 48（80 mm 纸）。</translation>
    </message>
    <message>
        <source>Sent the test page to %1 (%2 bytes).</source>
        <translation>已将测试页发送到 %1（%2 字节）。</translation>
    </message>
    <message>
        <source>The paper roll is nearly empty.</source>
        <translation>打印纸即将用完。</translation>
    </message>
    <message>
        <source>drawer open takes no arguments besides --printer URI.</source>
        <translation>drawer open 命令除 --printer URI 外不接受其他参数。</translation>
    </message>
    <message>
        <source>No printer given and none set up: drawer open --printer URI.</source>
        <translation>未指定打印机，也未设置打印机：请使用 drawer open --printer URI。</translation>
    </message>
    <message>
        <source>%1 may not open the drawer without a sale.</source>
        <translation>%1 无权无销售开钱箱。</translation>
    </message>
    <message>
        <source>Opened the cash drawer on %1 (no sale, recorded for %2).</source>
        <translation>已通过打印机 %1 打开钱箱（无销售开钱箱，已记录在 %2 名下）。</translation>
    </message>
    <message>
        <source>Print a test page (Chinese and English text, barcode, QR code, cut)</source>
        <translation>打印测试页（中英文文字、条码、二维码、切纸）</translation>
    </message>
    <message>
        <source>Open the cash drawer without a sale (needs drawer.nosale; audited)</source>
        <translation>无销售开钱箱（需要 drawer.nosale 权限；记入审计日志）</translation>
    </message>
    <message>
        <source>--%1 "%2" is not an amount of money, e.g. 12.50.</source>
        <translation>--%1“%2”不是有效金额，例如 12.50。</translation>
    </message>
    <message>
        <source>--tax-percent "%1" is not a percentage between 0 and 100.</source>
        <translation>--tax-percent“%1”不是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Give either --member-price or --no-member-price.</source>
        <translation>请指定 --member-price 或 --no-member-price 其中之一。</translation>
    </message>
    <message>
        <source>Give either --barcode or --no-barcodes.</source>
        <translation>请指定 --barcode 或 --no-barcodes 其中之一。</translation>
    </message>
    <message>
        <source>Give either --%1 or --%2.</source>
        <translation>请指定 --%1 或 --%2 其中之一。</translation>
    </message>
    <message>
        <source>Member price: %1</source>
        <translation>会员价：%1</translation>
    </message>
    <message>
        <source>Barcodes: %1</source>
        <translation>条码：%1</translation>
    </message>
    <message>
        <source>PLU: %1</source>
        <translation>PLU：%1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>分类：%1</translation>
    </message>
    <message>
        <source>Initials: %1</source>
        <translation>助记码：%1</translation>
    </message>
    <message>
        <source>Sold by weight.</source>
        <translation>称重销售。</translation>
    </message>
    <message>
        <source>The till asks for the price.</source>
        <translation>收银时需手动输入价格。</translation>
    </message>
    <message>
        <source>Inactive: not sold, not found by search.</source>
        <translation>已停用：不可销售，也无法被搜索到。</translation>
    </message>
    <message>
        <source>product add needs --sku SKU, --name NAME and --price PRICE (or --open-price).</source>
        <translation>product add 命令需要 --sku SKU、--name NAME 和 --price PRICE（或 --open-price）。</translation>
    </message>
    <message>
        <source>Added product %1.</source>
        <translation>已添加商品 %1。</translation>
    </message>
    <message>
        <source>product edit needs one SKU or barcode, then the fields to change.</source>
        <translation>product edit 命令需要一个 SKU 或条码，以及要修改的字段。</translation>
    </message>
    <message>
        <source>Changed product %1.</source>
        <translation>已修改商品 %1。</translation>
    </message>
    <message>
        <source>product import needs one CSV FILE.</source>
        <translation>product import 命令需要一个 CSV 文件 FILE。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation><numerusform>%n 行有问题，未导入任何数据。</numerusform></translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 added, %4 updated.</source>
        <translation>已从 %2 导入 %1 行：新增 %3 个，更新 %4 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) skipped:</source>
        <translation><numerusform>已跳过 %n 行错误数据：</numerusform></translation>
    </message>
    <message>
        <source>product export needs one FILE to write.</source>
        <translation>product export 命令需要一个要写入的文件 FILE。</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>无法将导出数据写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1 products to %2.</source>
        <translation>已将 %1 个商品导出到 %2。</translation>
    </message>
    <message>
        <source>product find needs a QUERY: a barcode, PLU, SKU, part of the name or its initials.</source>
        <translation>product find 命令需要 QUERY：条码、PLU、SKU、部分名称或助记码。</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000.</source>
        <translation>--limit 必须是 1 到 1000 之间的数字。</translation>
    </message>
    <message>
        <source>Nothing matches "%1".</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <source>product show needs one SKU, barcode or PLU.</source>
        <translation>product show 命令需要一个 SKU、条码或 PLU。</translation>
    </message>
    <message>
        <source>quickkey set needs a POSITION number and a SKU.</source>
        <translation>quickkey set 命令需要位置编号 POSITION 和 SKU。</translation>
    </message>
    <message>
        <source>Quick key %1 is now %2 (%3).</source>
        <translation>快捷键 %1 已设为 %2（%3）。</translation>
    </message>
    <message>
        <source>quickkey clear needs a POSITION number.</source>
        <translation>quickkey clear 命令需要位置编号 POSITION。</translation>
    </message>
    <message>
        <source>Quick key %1 is empty now.</source>
        <translation>快捷键 %1 已清空。</translation>
    </message>
    <message>
        <source>quickkey list takes no arguments.</source>
        <translation>quickkey list 命令不接受参数。</translation>
    </message>
    <message>
        <source>No quick keys are set.</source>
        <translation>尚未设置快捷键。</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>Change a product</source>
        <translation>修改商品</translation>
    </message>
    <message>
        <source>Import products from a CSV file (UTF-8 or GBK)</source>
        <translation>从 CSV 文件导入商品（UTF-8 或 GBK）</translation>
    </message>
    <message>
        <source>Export all products to a CSV file</source>
        <translation>将所有商品导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Search by barcode, PLU, SKU, name or pinyin initials</source>
        <translation>按条码、PLU、SKU、名称或拼音助记码搜索</translation>
    </message>
    <message>
        <source>Show one product</source>
        <translation>显示单个商品</translation>
    </message>
    <message>
        <source>Put a product on a quick key (goods without a barcode)</source>
        <translation>将商品设置到快捷键（用于无条码商品）</translation>
    </message>
    <message>
        <source>Empty a quick key</source>
        <translation>清空快捷键</translation>
    </message>
    <message>
        <source>List the quick keys with name and price</source>
        <translation>列出快捷键及其商品名称和价格</translation>
    </message>
    <message>
        <source>Give the range with --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>请使用 --from YYYY-MM-DD --to YYYY-MM-DD 指定日期范围。</translation>
    </message>
    <message>
        <source>report sales takes no positional arguments.</source>
        <translation>report sales 命令不接受位置参数。</translation>
    </message>
    <message>
        <source>--by must be one of %1.</source>
        <translation>--by 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>%1 to %2: %3 sales, net %4 (previous period %5)</source>
        <translation>%1 至 %2：%3 笔销售，净额 %4（上期 %5）</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无分类）</translation>
    </message>
    <message>
        <source>report top takes no positional arguments.</source>
        <translation>report top 命令不接受位置参数。</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1.</source>
        <translation>--limit 必须是不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Whole months %1 to %2:</source>
        <translation>完整月份 %1 至 %2：</translation>
    </message>
    <message>
        <source>report dashboard takes no positional arguments.</source>
        <translation>report dashboard 命令不接受位置参数。</translation>
    </message>
    <message>
        <source>--day must be a date (YYYY-MM-DD).</source>
        <translation>--day 必须是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1: net %2 in %3 sales (average %4), %5 with a member, %6 returns (%7), discounts %8</source>
        <translation>%1：净额 %2，共 %3 笔销售（客单价 %4），会员消费 %5 笔，退货 %6 笔（%7），折扣 %8</translation>
    </message>
    <message>
        <source>Sales over a date range, broken down, with the previous period of the same length</source>
        <translation>指定日期范围内的销售明细，并与等长的上一期间对比</translation>
    </message>
    <message>
        <source>Best (or worst) selling products over the whole months the range touches</source>
        <translation>所选范围涉及的完整月份内的畅销（或滞销）商品</translation>
    </message>
    <message>
        <source>A business day's figures, the day before and the 30-day trend</source>
        <translation>某营业日的数据、前一天数据及近 30 天趋势</translation>
    </message>
    <message>
        <source>A quantity must be more than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <source>sale needs at least one --item CODE[*QTY][@PRICE].</source>
        <translation>sale 命令需要至少一个 --item CODE[*QTY][@PRICE]。</translation>
    </message>
    <message>
        <source>--pay takes TENDER=AMOUNT[:REFERENCE] with TENDER one of cash, card, wechat, alipay, wallet, points, voucher (got "%1").</source>
        <translation>--pay 的格式为 TENDER=AMOUNT[:REFERENCE]，TENDER 为 cash、card、wechat、alipay、wallet、points、voucher 之一（实际为“%1”）。</translation>
    </message>
    <message>
        <source>points=N takes a whole number of points.</source>
        <translation>points=N 须为整数积分。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has an open cart with %n line(s) at the till; pay or hold it first.</source>
        <translation><numerusform>%1 在收银台有未结账的购物车（%n 行），请先结账或挂单。</numerusform></translation>
    </message>
    <message>
        <source>No product has the scale PLU %1.</source>
        <translation>没有商品使用条码秤 PLU %1。</translation>
    </message>
    <message>
        <source>Nothing was paid: %1 is due. Add --pay TENDER=AMOUNT.</source>
        <translation>尚未付款：应收 %1。请添加 --pay TENDER=AMOUNT。</translation>
    </message>
    <message>
        <source>Sold: %1, total %2, change %3.</source>
        <translation>已售出：%1，合计 %2，找零 %3。</translation>
    </message>
    <message>
        <source>refund needs RECEIPT and --reason R (and optionally --line N=QTY …).</source>
        <translation>refund 命令需要 RECEIPT 和 --reason R（可选 --line N=QTY …）。</translation>
    </message>
    <message>
        <source>--line takes N or N=QTY (got "%1").</source>
        <translation>--line 的格式为 N 或 N=QTY（实际为“%1”）。</translation>
    </message>
    <message>
        <source>Returned: %1 for %2, refund %3.</source>
        <translation>已退货：退货单 %1（原小票 %2），退款 %3。</translation>
    </message>
    <message>
        <source>Shift opened with a float of %1.</source>
        <translation>已开班，备用金 %1。</translation>
    </message>
    <message>
        <source>shift close needs --counted AMOUNT (the cash in the drawer).</source>
        <translation>shift close 命令需要 --counted AMOUNT（钱箱中的现金）。</translation>
    </message>
    <message>
        <source>Shift closed: expected %1, counted %2.</source>
        <translation>已交班：应有 %1，实点 %2。</translation>
    </message>
    <message>
        <source>shift %1 needs AMOUNT and --reason R.</source>
        <translation>shift %1 命令需要 AMOUNT 和 --reason R。</translation>
    </message>
    <message>
        <source>Recorded %1 %2.</source>
        <translation>已记录 %1 %2。</translation>
    </message>
    <message>
        <source>%1 may not see day reports.</source>
        <translation>%1 无权查看日报表。</translation>
    </message>
    <message>
        <source>receipt render needs RECEIPT and --format text|escpos.</source>
        <translation>receipt render 命令需要 RECEIPT 和 --format text|escpos。</translation>
    </message>
    <message>
        <source>--format escpos writes printer bytes: give --out FILE.</source>
        <translation>--format escpos 会输出打印机字节数据，请指定 --out FILE。</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation>已写入 %1（%2 字节）。</translation>
    </message>
    <message>
        <source>receipt print needs RECEIPT.</source>
        <translation>receipt print 命令需要 RECEIPT。</translation>
    </message>
    <message>
        <source>No printer given and none set up: receipt print RECEIPT --printer URI.</source>
        <translation>未指定打印机，也未设置打印机：请使用 receipt print RECEIPT --printer URI。</translation>
    </message>
    <message>
        <source>Printed %1 on %2.</source>
        <translation>已在 %2 上打印 %1。</translation>
    </message>
    <message>
        <source>promo add needs --name, --kind and one of --sku or --category.</source>
        <translation>promo add 命令需要 --name、--kind，以及 --sku 或 --category 之一。</translation>
    </message>
    <message>
        <source>--kind is percent, amount, multibuy or buy_x_get_y.</source>
        <translation>--kind 只能是 percent、amount、multibuy 或 buy_x_get_y。</translation>
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation>分类 %1 不存在。</translation>
    </message>
    <message>
        <source>--from and --to take ISO dates such as 2026-12-01T00:00:00+08:00.</source>
        <translation>--from 和 --to 需使用 ISO 日期，例如 2026-12-01T00:00:00+08:00。</translation>
    </message>
    <message>
        <source>--time takes HH:MM-HH:MM.</source>
        <translation>--time 的格式为 HH:MM-HH:MM。</translation>
    </message>
    <message>
        <source>Promotion %1 added (id %2).</source>
        <translation>已添加促销 %1（id %2）。</translation>
    </message>
    <message>
        <source> (ended)</source>
        <translation> （已结束）</translation>
    </message>
    <message>
        <source>promo end needs the promotion's ID.</source>
        <translation>promo end 命令需要促销的 ID。</translation>
    </message>
    <message>
        <source>Promotion %1 ended.</source>
        <translation>促销 %1 已结束。</translation>
    </message>
    <message>
        <source>Sell: scan items, attach a member, pay (one transaction)</source>
        <translation>收银：扫描商品、关联会员、结账（一笔交易）</translation>
    </message>
    <message>
        <source>Return lines of a sale to its original tenders</source>
        <translation>将销售单中的商品退货，按原支付方式退款</translation>
    </message>
    <message>
        <source>Open a shift with a cash float</source>
        <translation>录入备用金并开班</translation>
    </message>
    <message>
        <source>Put cash into the drawer</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Take cash out of the drawer</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>Close the shift with the counted cash</source>
        <translation>按清点的现金交班</translation>
    </message>
    <message>
        <source>The business day so far (X report; changes nothing)</source>
        <translation>本营业日截至目前的数据（X报表，不改动任何数据）</translation>
    </message>
    <message>
        <source>Close the business day (Z report), or show a closed day's again</source>
        <translation>日结营业日（Z报表），或重新查看已日结的报表</translation>
    </message>
    <message>
        <source>Render a stored receipt as text or printer bytes</source>
        <translation>将已保存的小票输出为文本或打印机字节流</translation>
    </message>
    <message>
        <source>Print (or reprint) a stored receipt</source>
        <translation>打印（或重打）已保存的小票</translation>
    </message>
    <message>
        <source>Add a promotion</source>
        <translation>新增促销</translation>
    </message>
    <message>
        <source>List promotions (running ones unless --all)</source>
        <translation>列出促销（默认仅列出进行中的促销，--all 列出全部）</translation>
    </message>
    <message>
        <source>End a promotion</source>
        <translation>结束促销</translation>
    </message>
    <message>
        <source>This till is not joined to a head office (run "patron-cli sync configure").</source>
        <translation>此收银台未接入总部（请运行“patron-cli sync configure”）。</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Events waiting: %1</source>
        <translation>待同步事件：%1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Clock drift: %1 ms — beyond the limit; correct this PC's clock.</source>
        <translation>时钟偏差：%1 毫秒 — 超出限值，请校正本机时钟。</translation>
    </message>
    <message>
        <source>Clock drift: %1 ms</source>
        <translation>时钟偏差：%1 毫秒</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>Pulled changes waiting to be applied: %1</source>
        <translation>已拉取、待应用的变更：%1</translation>
    </message>
    <message>
        <source>sync configure needs --dsn DSN (or PATRON_HQ_DSN), or --clear.</source>
        <translation>sync configure 命令需要 --dsn DSN（或 PATRON_HQ_DSN），或 --clear。</translation>
    </message>
    <message>
        <source>%1 may not change the head-office connection.</source>
        <translation>%1 无权修改总部连接。</translation>
    </message>
    <message>
        <source>This till is no longer joined to a head office.</source>
        <translation>此收银台已不再接入总部。</translation>
    </message>
    <message>
        <source>Head office set to %1 (sslmode %2). The connection is stored in the encrypted store.</source>
        <translation>总部已设置为 %1（sslmode %2）。连接信息已保存在加密的门店数据中。</translation>
    </message>
    <message>
        <source>Pushed %1 event(s) (%2 already at head office), pulled %3 change(s).</source>
        <translation>已推送 %1 个事件（其中 %2 个总部已有），已拉取 %3 项变更。</translation>
    </message>
    <message>
        <source>Warning: this PC's clock is off by %1 ms from head office.</source>
        <translation>警告：本机时钟与总部相差 %1 毫秒。</translation>
    </message>
    <message>
        <source>--interval-sec takes a number of seconds (1 or more), --max-cycles a count.</source>
        <translation>--interval-sec 需为秒数（1 或以上），--max-cycles 需为次数。</translation>
    </message>
    <message>
        <source>synced; %1 event(s) waiting</source>
        <translation>已同步；%1 条事件待同步</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped after %n cycle(s).</source>
        <translation><numerusform>同步已在 %n 轮后停止。</numerusform></translation>
    </message>
    <message>
        <source>Join this till to head office (stored encrypted; needs settings.edit)</source>
        <translation>将此收银台接入总部（加密保存；需要 settings.edit 权限）</translation>
    </message>
    <message>
        <source>Push waiting events and pull changes once</source>
        <translation>推送待同步事件并拉取变更（执行一次）</translation>
    </message>
    <message>
        <source>Sync until stopped (Ctrl+C), backing off while head office is unreachable</source>
        <translation>持续同步直至停止（Ctrl+C），总部无法连接时自动延长重试间隔</translation>
    </message>
    <message>
        <source>Online or offline, events waiting, last successful sync, clock drift</source>
        <translation>在线/离线状态、待同步事件、上次成功同步时间、时钟偏差</translation>
    </message>
    <message>
        <source>member merge needs --survivor MEMBER and --merged MEMBER.</source>
        <translation>member merge 需要 --survivor 会员 和 --merged 会员。</translation>
    </message>
    <message>
        <source>Member %1 was already merged into id:%2.</source>
        <translation>会员 %1 已合并到 id:%2。</translation>
    </message>
    <message>
        <source>Member id:%1 merged into id:%2: %3 points, %4 stored value moved.</source>
        <translation>会员 id:%1 已合并到 id:%2：转移 %3 积分、%4 储值。</translation>
    </message>
    <message>
        <source>member duplicates takes no arguments.</source>
        <translation>member duplicates 不需要参数。</translation>
    </message>
    <message>
        <source>countcard add needs MEMBER --sku SKU [--uses N] [--days D] [--name TEXT].</source>
        <translation>countcard add 需要 会员 --sku SKU [--uses 次数] [--days 天数] [--name 名称]。</translation>
    </message>
    <message>
        <source>countcard add needs --uses N: the rules define no count card for %1.</source>
        <translation>countcard add 需要 --uses 次数：规则中没有 %1 的次卡。</translation>
    </message>
    <message>
        <source>Merge a duplicate member into another (ledgers, sales and balances move)</source>
        <translation>将重复会员合并到另一会员（流水、销售和余额一并转移）</translation>
    </message>
    <message>
        <source>List likely duplicate members (same name, one without a mobile)</source>
        <translation>列出可能重复的会员（同名，其中一个没有手机号）</translation>
    </message>
    <message>
        <source>--at "%1" is not a time; write it as "YYYY-MM-DD HH:MM".</source>
        <translation>--at “%1”不是时间；请写成“YYYY-MM-DD HH:MM”。</translation>
    </message>
    <message>
        <source>retail %1</source>
        <translation>零售价 %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>会员价 %1</translation>
    </message>
    <message>
        <source>no member price</source>
        <translation>无会员价</translation>
    </message>
    <message>
        <source>product price needs one SKU or barcode and --retail X, --member Y or --no-member.</source>
        <translation>product price 需要一个货号或条码，以及 --retail X、--member Y 或 --no-member。</translation>
    </message>
    <message>
        <source>Give either --member or --no-member.</source>
        <translation>--member 与 --no-member 只能给一个。</translation>
    </message>
    <message>
        <source>Price of %1 changed now (change #%2).</source>
        <translation>%1 的价格已立即调整（调价单 #%2）。</translation>
    </message>
    <message>
        <source>Price change #%1 for %2 scheduled for %3.</source>
        <translation>%2 的调价单 #%1 将于 %3 生效。</translation>
    </message>
    <message>
        <source>product price-list needs one CSV FILE (columns sku, price, member_price).</source>
        <translation>product price-list 需要一个 CSV 文件（列：sku、price、member_price）。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was scheduled.</source>
        <translation><numerusform>%n 行有问题；未安排任何调价。</numerusform></translation>
    </message>
    <message>
        <source>Scheduled %1 price changes from %2 (%3 already in effect).</source>
        <translation>已从 %2 安排 %1 条调价（其中 %3 条已生效）。</translation>
    </message>
    <message>
        <source>product prices takes only --pending and --sku SKU.</source>
        <translation>product prices 只接受 --pending 和 --sku SKU。</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>商品 %1 不存在。</translation>
    </message>
    <message>
        <source>No price changes.</source>
        <translation>没有调价单。</translation>
    </message>
    <message>
        <source>product price-cancel needs the number of a pending price change.</source>
        <translation>product price-cancel 需要一个待生效调价单的编号。</translation>
    </message>
    <message>
        <source>Price change #%1 for %2 cancelled.</source>
        <translation>%2 的调价单 #%1 已取消。</translation>
    </message>
    <message>
        <source>product price-history needs one SKU or barcode.</source>
        <translation>product price-history 需要一个货号或条码。</translation>
    </message>
    <message>
        <source>Prices of %1 %2, newest first:</source>
        <translation>%1 %2 的历史价格（最新在前）：</translation>
    </message>
    <message>
        <source>Change a product's prices now or at a set time</source>
        <translation>立即或定时调整商品价格</translation>
    </message>
    <message>
        <source>Schedule a CSV price list (sku, price, member_price)</source>
        <translation>按 CSV 调价单定时调价（sku、price、member_price）</translation>
    </message>
    <message>
        <source>List price changes (pending ones with --pending)</source>
        <translation>列出调价单（--pending 只列待生效的）</translation>
    </message>
    <message>
        <source>Cancel a pending price change</source>
        <translation>取消待生效的调价单</translation>
    </message>
    <message>
        <source>Show the prices a product has had</source>
        <translation>查看商品的历史价格</translation>
    </message>
    <message>
        <source>--buy and --get take whole quantities.</source>
        <translation>--buy 和 --get 只能是整数数量。</translation>
    </message>
    <message>
        <source>hq promo add needs one of --sku or --category.</source>
        <translation>hq promo add 需要 --sku 或 --category 之一。</translation>
    </message>
    <message>
        <source>Promotion %1 saved at head office; tills apply it after their next pull.</source>
        <translation>促销 %1 已保存到总部；各收银台下次同步后生效。</translation>
    </message>
    <message>
        <source>Promotion %1 ended at head office.</source>
        <translation>促销 %1 已在总部结束。</translation>
    </message>
    <message>
        <source>Create or replace a promotion for every till</source>
        <translation>为所有收银台创建或替换促销</translation>
    </message>
    <message>
        <source>List head office's promotions (running ones unless --all)</source>
        <translation>列出总部的促销（默认只列进行中的，--all 列出全部）</translation>
    </message>
    <message>
        <source>End a promotion at every till</source>
        <translation>在所有收银台结束一项促销</translation>
    </message>
    <message>
        <source>A till program already running on this store uses it only after a restart.</source>
        <translation>已在运行的收银程序需重启后才会使用新设置。</translation>
    </message>
    <message>
        <source>member lookup needs one of --mobile or --card.</source>
        <translation>member lookup 需要 --mobile 或 --card 之一。</translation>
    </message>
    <message>
        <source>Head office has no member with %1.</source>
        <translation>总部没有 %1 对应的会员。</translation>
    </message>
    <message>
        <source>%1 %2 (store %3): %4 points, stored value %5</source>
        <translation>%1 %2（门店 %3）：%4 积分，储值 %5</translation>
    </message>
    <message>
        <source>Find a member at head office and keep them here with their points and stored value</source>
        <translation>在总部查找会员，并连同积分和储值保存到本机</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation><numerusform>%n 个商品</numerusform></translation>
    </message>
    <message>
        <source>category add needs one NAME (and --parent PATH for a sub-category).</source>
        <translation>category add 需要一个名称 NAME（子分类还需 --parent PATH）。</translation>
    </message>
    <message>
        <source>Added category %1.</source>
        <translation>已添加分类 %1。</translation>
    </message>
    <message>
        <source>category rename needs the category PATH and its NEW-NAME.</source>
        <translation>category rename 需要分类路径 PATH 和新名称 NEW-NAME。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现为 %2。</translation>
    </message>
    <message>
        <source>category move needs the category PATH and either --to PARENT-PATH or --top.</source>
        <translation>category move 需要分类路径 PATH，以及 --to PARENT-PATH 或 --top 之一。</translation>
    </message>
    <message>
        <source>category delete needs one category PATH.</source>
        <translation>category delete 需要一个分类路径 PATH。</translation>
    </message>
    <message>
        <source>Deleted category %1.</source>
        <translation>已删除分类 %1。</translation>
    </message>
    <message>
        <source>List the product categories with their product counts</source>
        <translation>列出商品分类及其商品数</translation>
    </message>
    <message>
        <source>Add a category at the top or under another</source>
        <translation>添加顶级分类或子分类</translation>
    </message>
    <message>
        <source>Rename a category</source>
        <translation>重命名分类</translation>
    </message>
    <message>
        <source>Move a category (with its sub-categories) under another or to the top</source>
        <translation>移动分类（连同其子分类）到另一分类下或顶级</translation>
    </message>
    <message>
        <source>Delete a category no product, sub-category or promotion uses</source>
        <translation>删除没有商品、子分类或促销使用的分类</translation>
    </message>
    <message>
        <source>Restored. Receipt numbers continue in epoch %1. The replaced store is kept as %2.</source>
        <translation>已恢复。小票编号将在批次 %1 中继续。被替换的门店数据已保留为 %2。</translation>
    </message>
    <message>
        <source>user role needs a user NAME and a ROLE.</source>
        <translation>user role 需要用户名 NAME 和角色 ROLE。</translation>
    </message>
    <message>
        <source>Change a user's role (not above your own; the last administrator stays one)</source>
        <translation>更改用户角色（不能高于您自己的角色；最后一位管理员须保留）</translation>
    </message>
    <message>
        <source>Members: %1 new, %2 top-ups of %3 (principal %4, bonus %5), %6 points issued, %7 points redeemed</source>
        <translation>会员：新增 %1 人，充值 %2 笔共 %3（本金 %4，赠送 %5），发放积分 %6，兑换积分 %7</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this till have not reached head office yet; a restore now would lose them. Run "patron-cli sync once" first, or add --discard-unsent.</source>
        <translation><numerusform>本收银台有 %n 项变更尚未送达总部；现在恢复会丢失这些变更。请先运行 "patron-cli sync once"，或加上 --discard-unsent。</numerusform></translation>
    </message>
    <message>
        <source>Compacting the store needs an administrator.</source>
        <translation>压缩数据库需要管理员权限。</translation>
    </message>
    <message>
        <source>The store was compacted in %1 s: %2 MB before, %3 MB now.</source>
        <translation>数据库已压缩，用时 %1 秒：压缩前 %2 MB，现在 %3 MB。</translation>
    </message>
    <message>
        <source>Rewrite the store without its free pages (the till closed)</source>
        <translation>重写数据库并去除空闲页（须先关闭收银台）</translation>
    </message>
</context>
<context>
    <name>patron::cli::Demo</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>Patron Demo Shop</source>
        <translation>Patron 演示门店</translation>
    </message>
    <message>
        <source>Generated %1 products, %2 members and %3 sales (%4 lines) in %5 s (products %6 s, members %7 s, sales %8 s, verification %9 s; integrity: %10).</source>
        <translation>已生成 %1 个商品、%2 名会员和 %3 笔销售（%4 行），用时 %5 秒（商品 %6 秒，会员 %7 秒，销售 %8 秒，校验 %9 秒；完整性：%10）。</translation>
    </message>
    <message>
        <source>Fill a new store with a large, reproducible demo data set (products, members, a year of sales)</source>
        <translation>向新门店填充大量可重复生成的演示数据（商品、会员及一年的销售记录）</translation>
    </message>
</context>
<context>
    <name>patron::cli::HeadOfficeOwned</name>
    <message>
        <source>This till is joined to head office, which owns the catalog: products are changed there (patron-cli hq product …).</source>
        <translation>本收银台已接入总部，商品资料由总部管理：请在总部修改商品（patron-cli hq product …）。</translation>
    </message>
    <message>
        <source>This till is joined to head office, which owns the catalog: categories are changed there.</source>
        <translation>本收银台已接入总部，商品目录由总部管理：分类需在总部修改。</translation>
    </message>
    <message>
        <source>This till is joined to head office, which owns prices: price changes are made there.</source>
        <translation>本收银台已接入总部，价格由总部管理：请在总部调价。</translation>
    </message>
    <message>
        <source>This till is joined to head office, which owns promotions: they are changed there (patron-cli hq promo …).</source>
        <translation>本收银台已接入总部，促销由总部管理：请在总部修改（patron-cli hq promo …）。</translation>
    </message>
    <message>
        <source>This till is joined to head office, which owns the loyalty rules: they are changed there (patron-cli hq rules …).</source>
        <translation>本收银台已接入总部，会员积分规则由总部管理：请在总部修改（patron-cli hq rules …）。</translation>
    </message>
</context>
<context>
    <name>patron::till</name>
    <message>
        <source>Open the demo store (created on first use).</source>
        <translation>打开演示门店（首次使用时自动创建）。</translation>
    </message>
    <message>
        <source>The store's data folder.</source>
        <translation>门店的数据目录。</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>语言：zh_CN 或 en。</translation>
    </message>
</context>
<context>
    <name>patron::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>确认 PIN 码</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
</context>
<context>
    <name>patron::ui::AuditPage</name>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>&lt; Newer</source>
        <translation>&lt; 较新</translation>
    </message>
    <message>
        <source>Older &gt;</source>
        <translation>更早 &gt;</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n record(s) checked.</source>
        <translation><numerusform>审计链完整：已检查 %n 条记录。</numerusform></translation>
    </message>
    <message>
        <source>Broken at record %1: %2</source>
        <translation>记录 %1 处损坏：%2</translation>
    </message>
</context>
<context>
    <name>patron::ui::BackOfficeWindow</name>
    <message>
        <source>Back office – %1</source>
        <translation>后台管理 – %1</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Printer and receipt</source>
        <translation>打印机与小票</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation>会员积分规则</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫码枪</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>调价</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Store details</source>
        <translation>门店信息</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部连接</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Backup schedule</source>
        <translation>备份计划</translation>
    </message>
    <message>
        <source>Till keys</source>
        <translation>收银快捷键</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
</context>
<context>
    <name>patron::ui::BackupPage</name>
    <message>
        <source>Back up now…</source>
        <translation>立即备份…</translation>
    </message>
    <message>
        <source>A backup holds the encrypted store and its wrapped key: it opens on another PC with the recovery passphrase alone. Keep copies away from this PC.</source>
        <translation>备份包含加密的门店数据库及其封装密钥：在其他电脑上仅凭恢复密码即可打开。请将备份副本存放在本机以外的地方。</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>备份门店数据</translation>
    </message>
    <message>
        <source>Patron backups (*.ptrnbak)</source>
        <translation>Patron 备份 (*.ptrnbak)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>正在备份到 %1…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup written and verified: %1
%2 bytes
SHA-256 %3</source>
        <translation>备份已写入并校验：%1
%2 字节
SHA-256 %3</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>只有管理员可以恢复备份。</translation>
    </message>
    <message>
        <source>Patron backups (*.ptrnbak);;All files (*)</source>
        <translation>Patron 备份 (*.ptrnbak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The recovery passphrase of the store in this backup:</source>
        <translation>此备份中门店的恢复口令：</translation>
    </message>
    <message>
        <source>Checking the backup %1…</source>
        <translation>正在检查备份 %1…</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>无法恢复此备份：%1</translation>
    </message>
    <message>
        <source>The backup of %1 (%2 · %3) holds no sales.</source>
        <translation>%1（%2 · %3）的备份中没有销售记录。</translation>
    </message>
    <message numerus="yes">
        <source>The backup of %1 (%2 · %3) holds %n sale(s), the last at %4.</source>
        <translation><numerusform>%1（%2 · %3）的备份中有 %n 笔销售，最后一笔在 %4。</numerusform></translation>
    </message>
    <message>
        <source>Sales made on this till after the backup are fetched again from head office before the till sells.</source>
        <translation>本收银台在备份之后的销售，会在收银前从总部重新取回。</translation>
    </message>
    <message>
        <source>Sales, members and changes made after the backup are LOST: this till is not joined to head office, so nothing brings them back.</source>
        <translation>备份之后的销售、会员和修改将会丢失：本收银台未接入总部，无法找回。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this till have not reached head office yet; a restore now would lose them. Let the till send them first (the status bar says "safe to shut down"), then restore.</source>
        <translation><numerusform>本收银台有 %n 项变更尚未送达总部；现在恢复会丢失这些变更。请先让收银台发送完毕（状态栏显示“可以安全关机”），再恢复。</numerusform></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Restoring a backup&lt;/h3&gt;&lt;p&gt;An administrator chooses a backup and types its recovery passphrase. The backup is checked before anything is touched; then the till closes the store, keeps it beside the restored one as a safety copy (the three newest are kept), and opens the restored store. Receipt numbers continue in a new epoch, so none is used twice.&lt;/p&gt;&lt;p&gt;When the till cannot start, &lt;code&gt;patron-cli restore FILE&lt;/code&gt; does the same while Patron is closed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;恢复备份&lt;/h3&gt;&lt;p&gt;由管理员选择备份并输入其恢复口令。系统先检查备份，检查通过前不改动任何数据；随后收银台关闭门店数据，将其作为安全副本保留在恢复后的数据旁边（保留最近三份），再打开恢复后的门店数据。小票编号在新批次中继续，不会重复使用。&lt;/p&gt;&lt;p&gt;收银台无法启动时，可在 Patron 关闭的情况下用 &lt;code&gt;patron-cli restore FILE&lt;/code&gt; 完成同样的恢复。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The till closes the store now, keeps it beside the restored one as a safety copy (the three newest are kept), and opens the restored store; everyone signs in again. Restore?</source>
        <translation>收银台将立即关闭门店数据，将其作为安全副本保留（保留最近三份），并打开恢复后的门店数据；所有人需重新登录。确定恢复吗？</translation>
    </message>
</context>
<context>
    <name>patron::ui::BackupScheduleSettingsPage</name>
    <message>
        <source>Back up automatically every day</source>
        <translation>每天自动备份</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>每天时间</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>保留自动备份份数</translation>
    </message>
    <message>
        <source>The backup runs while the till is open, in the background, and is verified before it counts. If the till was closed at that time, it runs when the till opens. Use a USB disk or a network folder: a copy on this PC's own disk does not survive the PC.</source>
        <translation>备份在收银机运行时于后台进行，校验通过后才算完成。如果到点时收银机未开，会在下次打开时补做。请使用 U 盘或网络文件夹：保存在本机硬盘上的副本在电脑损坏时无法保全。</translation>
    </message>
    <message>
        <source>No automatic backup has run yet.</source>
        <translation>尚未进行过自动备份。</translation>
    </message>
    <message>
        <source>Last automatic backup %1: %2</source>
        <translation>上次自动备份 %1：%2</translation>
    </message>
    <message>
        <source>Last automatic backup %1 FAILED: %2</source>
        <translation>上次自动备份 %1 失败：%2</translation>
    </message>
    <message>
        <source>Backup schedule</source>
        <translation>备份计划</translation>
    </message>
    <message>
        <source>Saved. The next automatic backup runs at %1.</source>
        <translation>已保存。下次自动备份时间为 %1。</translation>
    </message>
    <message>
        <source>Saved. Automatic backups are off.</source>
        <translation>已保存。自动备份已关闭。</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>自动备份文件夹</translation>
    </message>
</context>
<context>
    <name>patron::ui::CartTableModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>patron::ui::CategoriesPage</name>
    <message>
        <source>This till is joined to head office, which owns the catalog: categories arrive with each sync and cannot be changed here.</source>
        <translation>本收银台已接入总部，商品目录由总部管理：分类随每次同步下发，不能在此修改。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>分类名称</translation>
    </message>
    <message>
        <source>Add at top level</source>
        <translation>添加为顶级分类</translation>
    </message>
    <message>
        <source>Add under selected</source>
        <translation>添加到所选分类下</translation>
    </message>
    <message>
        <source>Rename selected</source>
        <translation>重命名所选分类</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Move selected here</source>
        <translation>将所选分类移到此处</translation>
    </message>
    <message>
        <source>Move with its sub-categories under</source>
        <translation>连同子分类移到</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>删除所选分类</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n product(s) filed here</source>
        <translation><numerusform>%1
本分类下有 %n 个商品</numerusform></translation>
    </message>
    <message>
        <source>Choose a category in the tree, or type a name and add one at the top level.</source>
        <translation>请在分类树中选择一个分类，或输入名称添加顶级分类。</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加分类</translation>
    </message>
    <message>
        <source>Choose the category to add under first.</source>
        <translation>请先选择要添加到其下的分类。</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>重命名分类</translation>
    </message>
    <message>
        <source>Choose a category first.</source>
        <translation>请先选择一个分类。</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>移动分类</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>删除分类</translation>
    </message>
    <message>
        <source>Delete the category %1?</source>
        <translation>确定删除分类 %1 吗？</translation>
    </message>
</context>
<context>
    <name>patron::ui::CheckoutPage</name>
    <message>
        <source>Scan or search: barcode, PLU, name initials</source>
        <translation>扫码或搜索：条码、PLU、助记码</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>欢迎，%1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <source>Open a shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>No shift is open. Cash float in the drawer (￥):</source>
        <translation>尚未开班。钱箱中的备用金（￥）：</translation>
    </message>
    <message>
        <source>Type the float, such as 200.</source>
        <translation>请输入备用金，如 200。</translation>
    </message>
    <message>
        <source>Price (￥):</source>
        <translation>售价（￥）：</translation>
    </message>
    <message>
        <source>Type a price such as 12.50.</source>
        <translation>请输入价格，如 12.50。</translation>
    </message>
    <message>
        <source>No product has scale PLU %1.</source>
        <translation>没有商品使用条码秤 PLU %1。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <source>New quantity for line %1:</source>
        <translation>第 %1 行的新数量：</translation>
    </message>
    <message>
        <source>Type a quantity such as 2 or 0.5.</source>
        <translation>请输入数量，如 2 或 0.5。</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>单行折扣</translation>
    </message>
    <message>
        <source>Percent off line %1 (e.g. 10):</source>
        <translation>第 %1 行优惠百分比（例如 10）：</translation>
    </message>
    <message>
        <source>Type a percentage from 0 to 100.</source>
        <translation>请输入 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>%1% off line %2</source>
        <translation>第 %2 行优惠 %1%</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>改价</translation>
    </message>
    <message>
        <source>New unit price for line %1 (￥):</source>
        <translation>第 %1 行的新单价（￥）：</translation>
    </message>
    <message>
        <source>Price of line %1 to %2</source>
        <translation>第 %1 行改价为 %2</translation>
    </message>
    <message>
        <source>No held carts.</source>
        <translation>没有挂单。</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>当前单据为空。</translation>
    </message>
    <message>
        <source>Sale %1 complete. Change %2</source>
        <translation>销售单 %1 已完成。找零 %2</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Scan or type the receipt number:</source>
        <translation>扫描或输入小票号：</translation>
    </message>
    <message>
        <source>Return %1 done: %2 refunded.</source>
        <translation>退货 %1 已完成：已退款 %2。</translation>
    </message>
    <message>
        <source>%1 is no longer sold. Ask a manager to rearrange the keys.</source>
        <translation>%1 已停售。请店长重新设置快捷键。</translation>
    </message>
    <message>
        <source>Weight (%1):</source>
        <translation>重量（%1）：</translation>
    </message>
    <message>
        <source>Type a weight such as 0.525.</source>
        <translation>请输入重量，例如 0.525。</translation>
    </message>
    <message>
        <source>Only a manager can change the catalog.</source>
        <translation>只有店长才能修改商品资料。</translation>
    </message>
    <message>
        <source>Arrange the quick keys</source>
        <translation>设置快捷键</translation>
    </message>
    <message>
        <source>Add product %1</source>
        <translation>新增商品 %1</translation>
    </message>
    <message>
        <source>Unknown code %1: %2</source>
        <translation>未知条码 %1：%2</translation>
    </message>
    <message>
        <source>Attach a member first.</source>
        <translation>请先关联会员。</translation>
    </message>
    <message>
        <source>Attach a member first (%1).</source>
        <translation>请先关联会员（%1）。</translation>
    </message>
    <message>
        <source>Payment codes are scanned on the payment screen.</source>
        <translation>付款码请在收款界面扫描。</translation>
    </message>
    <message>
        <source>Payment codes are scanned on the payment screen (%1).</source>
        <translation>付款码请在收款界面（%1）扫描。</translation>
    </message>
    <message>
        <source>Cart held.</source>
        <translation>已挂单。</translation>
    </message>
    <message>
        <source>Cart held. %1 resumes it.</source>
        <translation>已挂单。按 %1 取单。</translation>
    </message>
    <message>
        <source>Scan ignored: the till is waiting for head office. Scan again when it has answered.</source>
        <translation>扫码未处理：收银台正在等待总部答复。总部答复后请重新扫码。</translation>
    </message>
</context>
<context>
    <name>patron::ui::ClockDriftIndicator</name>
    <message>
        <source>This PC's clock differs from head office's by more than head office allows. Member changes made here are ordered by this clock, and head office has recorded the difference: ask a manager to correct the PC's date and time.</source>
        <translation>本机时钟与总部时钟的差距超过了总部允许的范围。本机的会员资料修改按此时钟排序，总部已记录该差距：请店长校正本机的日期和时间。</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Clock %1 ahead of head office</source>
        <translation>时钟比总部快 %1</translation>
    </message>
    <message>
        <source>Clock %1 behind head office</source>
        <translation>时钟比总部慢 %1</translation>
    </message>
</context>
<context>
    <name>patron::ui::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>客显屏</translation>
    </message>
</context>
<context>
    <name>patron::ui::DashboardTab</name>
    <message>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Member sales</source>
        <translation>会员销售额</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Net sales, 30 days to %1</source>
        <translation>截至 %1 的近 30 天净销售额</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>经营概况</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Net sales 30 days before</source>
        <translation>前30天同日净销售额</translation>
    </message>
    <message>
        <source>Top-up principal</source>
        <translation>充值本金</translation>
    </message>
    <message>
        <source>Top-up bonus</source>
        <translation>充值赠送</translation>
    </message>
    <message>
        <source>Day before: %1 (%2)</source>
        <translation>前一天：%1（%2）</translation>
    </message>
    <message>
        <source>Principal %1, bonus %2</source>
        <translation>本金 %1，赠送 %2</translation>
    </message>
    <message>
        <source>The 30 days before</source>
        <translation>之前30天</translation>
    </message>
    <message>
        <source>Daily trend</source>
        <translation>每日走势</translation>
    </message>
</context>
<context>
    <name>patron::ui::FirstRunPage</name>
    <message>
        <source>Set up this till</source>
        <translation>设置此收银台</translation>
    </message>
    <message>
        <source>The store is encrypted. Keep the recovery passphrase somewhere safe: without it, a backup cannot be opened on another computer.</source>
        <translation>门店数据已加密。请妥善保管恢复密码：没有它，备份将无法在其他电脑上打开。</translation>
    </message>
    <message>
        <source>e.g. 南京路店</source>
        <translation>例如：南京路店</translation>
    </message>
    <message>
        <source>e.g. SH01</source>
        <translation>例如：SH01</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>门店编号</translation>
    </message>
    <message>
        <source>Till code</source>
        <translation>收银台编号</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>恢复密码</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>管理员 PIN 码</translation>
    </message>
    <message>
        <source>Open the demo store</source>
        <translation>打开演示门店</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>创建门店</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>patron::ui::GiftRedemptionDialog</name>
    <message>
        <source>Redeem points for a gift</source>
        <translation>积分兑换礼品</translation>
    </message>
    <message>
        <source>Redeem (Enter)</source>
        <translation>兑换 (Enter)</translation>
    </message>
    <message>
        <source>%1  %2 · %3 points</source>
        <translation>%1  %2 · %3 积分</translation>
    </message>
    <message>
        <source>%1 · %2 points · %3 in stock</source>
        <translation>%1 · %2 积分 · 库存 %3</translation>
    </message>
    <message>
        <source> · needs %1 more</source>
        <translation> · 还差 %1 积分</translation>
    </message>
    <message>
        <source>The loyalty rules list no gifts.</source>
        <translation>积分规则中没有可兑换的礼品。</translation>
    </message>
    <message>
        <source>%1 points are not enough for any gift in stock.</source>
        <translation>%1 积分不够兑换任何有库存的礼品。</translation>
    </message>
    <message>
        <source>Pick a gift the member has enough points for.</source>
        <translation>请选择会员积分足够兑换的礼品。</translation>
    </message>
    <message>
        <source>Give %1 for %2 points? Press Enter again to confirm, Esc to cancel.</source>
        <translation>用 %2 积分兑换 %1？再按 Enter 确认，按 Esc 取消。</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>确认 (Enter)</translation>
    </message>
    <message>
        <source>%1 given for %2 points.</source>
        <translation>已用 %2 积分兑换 %1。</translation>
    </message>
</context>
<context>
    <name>patron::ui::HeadOfficeSettings</name>
    <message>
        <source>Fill in the host, the database and the till's user.</source>
        <translation>请填写主机、数据库和收银机用户。</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>端口须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>%1 may not change the head-office connection.</source>
        <translation>%1 无权修改总部连接。</translation>
    </message>
</context>
<context>
    <name>patron::ui::HeadOfficeSettingsPage</name>
    <message>
        <source>Verify the server and its name (verify-full)</source>
        <translation>校验服务器证书及名称（verify-full）</translation>
    </message>
    <message>
        <source>Verify the server's certificate (verify-ca)</source>
        <translation>校验服务器证书（verify-ca）</translation>
    </message>
    <message>
        <source>Encrypt, do not verify (require)</source>
        <translation>加密但不校验（require）</translation>
    </message>
    <message>
        <source>No encryption (disable; test networks only)</source>
        <translation>不加密（disable；仅限测试网络）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Save and join</source>
        <translation>保存并加入</translation>
    </message>
    <message>
        <source>Leave head office</source>
        <translation>退出总部</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Till user</source>
        <translation>收银机用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Head office's CA certificate</source>
        <translation>总部 CA 证书</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.key);;All files (*)</source>
        <translation>证书和密钥 (*.pem *.crt *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>(stored; type to change)</source>
        <translation>（已保存；输入可修改）</translation>
    </message>
    <message>
        <source>This till is joined to head office.</source>
        <translation>本收银机已加入总部。</translation>
    </message>
    <message>
        <source>This till runs standalone.</source>
        <translation>本收银机单机运行。</translation>
    </message>
    <message>
        <source>No sync has succeeded yet.</source>
        <translation>尚未成功同步过。</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <source>Last attempt %1 failed: %2</source>
        <translation>上次尝试 %1 失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent.</source>
        <translation><numerusform>%n 条事件等待发送。</numerusform></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected to head office.</source>
        <translation>已连接到总部。</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总部连接</translation>
    </message>
    <message>
        <source>Leave head office? Sales stay on this till and are not sent any more until it joins again.</source>
        <translation>确定退出总部吗？销售数据保留在本机，重新加入前不再上传。</translation>
    </message>
    <message>
        <source>%1: set the PC's date and time.</source>
        <translation>%1：请校正本机的日期和时间。</translation>
    </message>
    <message>
        <source>Saved. The till now syncs with head office: products, prices, promotions and loyalty rules come from head office and are read-only here from the next time the back office opens.</source>
        <translation>已保存。本机现在与总部同步：商品、价格、促销和积分规则由总部下发，下次打开后台时这里将变为只读。</translation>
    </message>
</context>
<context>
    <name>patron::ui::HeldCartsDialog</name>
    <message>
        <source>Held carts</source>
        <translation>挂单列表</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s) · %2</source>
        <translation><numerusform>%1 · %n 行 · %2</numerusform></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>取单</translation>
    </message>
</context>
<context>
    <name>patron::ui::HelpOverlay</name>
    <message>
        <source>Function keys</source>
        <translation>功能键</translation>
    </message>
</context>
<context>
    <name>patron::ui::ImportReportDialog</name>
    <message>
        <source>Product import: problems</source>
        <translation>商品导入：问题</translation>
    </message>
    <message>
        <source>%1 rows read: %2 added, %3 updated. These rows were skipped:</source>
        <translation>已读取 %1 行：新增 %2，更新 %3。以下各行已跳过：</translation>
    </message>
    <message>
        <source>%1 rows read. Nothing was imported because of these rows; correct them and import the file again:</source>
        <translation>已读取 %1 行。以下各行有问题，因此未导入任何数据；请更正后重新导入文件：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>patron::ui::LanguageSettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The language applies the next time Patron starts on this till.</source>
        <translation>语言将在本收银机下次启动 Patron 时生效。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Saved: %1. Restart Patron to use it.</source>
        <translation>已保存：%1。重启 Patron 后生效。</translation>
    </message>
</context>
<context>
    <name>patron::ui::LiabilityTab</name>
    <message>
        <source>Month end</source>
        <translation>月末</translation>
    </message>
    <message>
        <source>Stored value: principal</source>
        <translation>储值：本金</translation>
    </message>
    <message>
        <source>Stored value: bonus</source>
        <translation>储值：赠送</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Points value</source>
        <translation>积分价值</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Outstanding liability at month ends</source>
        <translation>各月末未结负债</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>负债</translation>
    </message>
    <message>
        <source>Previous month end</source>
        <translation>上月末</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>增减%</translation>
    </message>
    <message>
        <source>Liability by month</source>
        <translation>各月负债</translation>
    </message>
</context>
<context>
    <name>patron::ui::LoginPage</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入 PIN 码。</translation>
    </message>
</context>
<context>
    <name>patron::ui::LogoConverter</name>
    <message>
        <source>%1 is not a picture Patron can read (use PNG or JPEG).</source>
        <translation>%1 不是 Patron 可读取的图片（请使用 PNG 或 JPEG）。</translation>
    </message>
</context>
<context>
    <name>patron::ui::LoyaltyRulesForm</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>折扣减免 %</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>会员价</translation>
    </message>
    <message>
        <source>Points ×, %</source>
        <translation>积分倍率 %</translation>
    </message>
    <message>
        <source>Spend to reach</source>
        <translation>升级所需消费</translation>
    </message>
    <message>
        <source>Points to reach</source>
        <translation>升级所需积分</translation>
    </message>
    <message>
        <source>Single top-up to reach</source>
        <translation>升级单次充值额</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>考核周期（天）</translation>
    </message>
    <message>
        <source>Valid (days)</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <source>Grace (days)</source>
        <translation>宽限期（天）</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Months after earning</source>
        <translation>获得后按月过期</translation>
    </message>
    <message>
        <source>At a year end</source>
        <translation>年底清零</translation>
    </message>
    <message>
        <source>Spend per point earned</source>
        <translation>每积 1 分所需消费</translation>
    </message>
    <message>
        <source>Points worth ￥1</source>
        <translation>抵 ￥1 所需积分</translation>
    </message>
    <message>
        <source>Fewest points redeemed</source>
        <translation>最低抵扣积分</translation>
    </message>
    <message>
        <source>Points pay at most (% of order)</source>
        <translation>积分最高抵扣（订单金额 %）</translation>
    </message>
    <message>
        <source>Points expire</source>
        <translation>积分过期方式</translation>
    </message>
    <message>
        <source>Expiry months</source>
        <translation>有效月数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Top-up of at least</source>
        <translation>充值满</translation>
    </message>
    <message>
        <source>Bonus value</source>
        <translation>赠送金额</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>赠送积分</translation>
    </message>
    <message>
        <source>Coupon template</source>
        <translation>优惠券模板</translation>
    </message>
    <message>
        <source>Top-up bonus</source>
        <translation>充值赠送</translation>
    </message>
    <message>
        <source>Kind (amount_off, percent_off, product)</source>
        <translation>类型（amount_off、percent_off、product）</translation>
    </message>
    <message>
        <source>Value (fen or bp)</source>
        <translation>优惠值（分或万分比）</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>使用门槛</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>最高优惠</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>适用 SKU</translation>
    </message>
    <message>
        <source>Restored on return</source>
        <translation>退货返还</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Initial stock</source>
        <translation>初始库存</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Tiers: %1</source>
        <translation>会员等级：%1</translation>
    </message>
    <message>
        <source>Points: the spend per point is not an amount.</source>
        <translation>积分：每积 1 分所需消费额不是有效的金额。</translation>
    </message>
    <message>
        <source>Points: the most an order may be paid with points is not a percentage.</source>
        <translation>积分：积分最高抵扣比例不是有效的百分比。</translation>
    </message>
    <message>
        <source>Top-up bonus: %1</source>
        <translation>充值赠送：%1</translation>
    </message>
    <message>
        <source>Coupons: %1</source>
        <translation>优惠券：%1</translation>
    </message>
    <message>
        <source>Gifts: %1</source>
        <translation>礼品：%1</translation>
    </message>
    <message>
        <source>The JSON does not parse at character %1: %2</source>
        <translation>JSON 在第 %1 个字符处解析失败：%2</translation>
    </message>
    <message>
        <source>The rules must be one JSON object.</source>
        <translation>规则必须是单个 JSON 对象。</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Valid (days, 0 = always)</source>
        <translation>有效期（天，0 = 永久）</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Count cards</source>
        <translation>次卡</translation>
    </message>
    <message>
        <source>Count cards: %1</source>
        <translation>次卡：%1</translation>
    </message>
</context>
<context>
    <name>patron::ui::LoyaltyRulesPage</name>
    <message>
        <source>This till is joined to head office, which owns the loyalty rules: they arrive with sync and can only be viewed here.</source>
        <translation>本收银台已接入总部，会员积分规则由总部统一管理：规则随同步下发，此处仅可查看。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Preview on an example</source>
        <translation>示例预览</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>Version %1 (in force)</source>
        <translation>版本 %1（生效中）</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Defaults (never saved)</source>
        <translation>默认规则（未保存）</translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation>会员积分规则</translation>
    </message>
    <message>
        <source>Saved as version %1; it applies from now on.</source>
        <translation>已保存为版本 %1，即刻生效。</translation>
    </message>
    <message>
        <source>Showing version %1; saving makes it a new version.</source>
        <translation>正在查看版本 %1；保存后将生成新版本。</translation>
    </message>
</context>
<context>
    <name>patron::ui::LoyaltyRulesPreview</name>
    <message>
        <source>Order of</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>Member tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Top-up of</source>
        <translation>充值金额</translation>
    </message>
    <message>
        <source>Type the order and top-up amounts, e.g. 100 or 99.50.</source>
        <translation>请输入订单金额和充值金额，例如 100 或 99.50。</translation>
    </message>
    <message numerus="yes">
        <source>A %1 member buying %2: discount %3, pays %4, earns %n point(s); points could pay up to %5.</source>
        <translation><numerusform>等级为“%1”的会员消费 %2：优惠 %3，实付 %4，获得 %n 积分；积分最多可抵扣 %5。</numerusform></translation>
    </message>
    <message>
        <source>A top-up of %1 gets no bonus.</source>
        <translation>充值 %1：无赠送。</translation>
    </message>
    <message>
        <source>A top-up of %1 gets %2 bonus value, %3 bonus points%4.</source>
        <translation>充值 %1：赠送金额 %2，赠送积分 %3%4。</translation>
    </message>
    <message>
        <source> and the coupon %1</source>
        <translation>，并赠送优惠券 %1</translation>
    </message>
</context>
<context>
    <name>patron::ui::LoyaltyRulesTable</name>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Row %1, %2: "%3" is not a valid value.</source>
        <translation>第 %1 行，%2：“%3”不是有效的值。</translation>
    </message>
</context>
<context>
    <name>patron::ui::MainWindow</name>
    <message>
        <source>Patron POS</source>
        <translation>Patron 收银系统</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>演示门店</translation>
    </message>
    <message>
        <source>Demo store: admin 1234, manager zhang 2222, cashier li 0000</source>
        <translation>演示门店：管理员 admin / 1234，店长 zhang / 2222，收银员 li / 0000</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>未打开门店</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Shift open (%1)</source>
        <translation>已开班（%1）</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>未开班</translation>
    </message>
    <message>
        <source>Scanner settings</source>
        <translation>扫码枪设置</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>%1.

Sales and member changes on this till are stamped with this PC's clock, and head office has recorded the difference. Ask a manager to correct the PC's date and time; the warning in the status bar goes away at the next sync after that.</source>
        <translation>%1。

本机的销售和会员修改都以本机时钟记录时间，总部已记录该差距。请店长校正本机的日期和时间；校正后下次同步时，状态栏的警告会消失。</translation>
    </message>
    <message>
        <source>Check this PC's clock</source>
        <translation>请检查本机时钟</translation>
    </message>
    <message>
        <source>Close the till</source>
        <translation>关闭收银台</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) have not reached head office yet. Send them now and close when they are sent? Choose No to close at once.

Nothing is lost either way: they are kept safely on this till and are sent after the next start.</source>
        <translation><numerusform>还有 %n 条事件未送达总部。现在发送，发送完成后再关闭吗？选择“否”立即关闭。

两种方式都不会丢失数据：事件已安全保存在本机，下次启动后会发送。</numerusform></translation>
    </message>
    <message>
        <source>Sending to head office; the till closes when they are sent.</source>
        <translation>正在发送到总部；发送完成后收银台将关闭。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>备份已恢复。请重新登录。</translation>
    </message>
    <message>
        <source>The backup was restored. The replaced store is kept as %1. Sign in again.</source>
        <translation>备份已恢复。被替换的门店数据已保留为 %1。请重新登录。</translation>
    </message>
    <message>
        <source>Restoring the backup… Do not switch the PC off.</source>
        <translation>正在恢复备份……请勿关闭电脑。</translation>
    </message>
    <message>
        <source>%1
Open the store again.</source>
        <translation>%1
请重新打开门店数据。</translation>
    </message>
</context>
<context>
    <name>patron::ui::ManagerPinDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>店长授权</translation>
    </message>
    <message>
        <source>%1
Needs: %2</source>
        <translation>%1
需要：%2</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>店长 PIN 码</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberAdjustPanel</name>
    <message>
        <source>Required: why the points change</source>
        <translation>必填：积分变动原因</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Change (+/-)</source>
        <translation>增减（+/-）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Refund top-up…</source>
        <translation>充值退款…</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>%1: %2 paid by %3</source>
        <translation>%1：实收 %2（%3）</translation>
    </message>
    <message>
        <source>Give a reason for the points adjustment.</source>
        <translation>请填写积分调整原因。</translation>
    </message>
    <message>
        <source>Refund top-up</source>
        <translation>充值退款</translation>
    </message>
    <message>
        <source>Refund the top-up %1? The principal is paid back and its unspent bonus removed.</source>
        <translation>确定退还充值 %1 吗？将退还本金，并扣除未使用的赠送金额。</translation>
    </message>
    <message>
        <source>Pay back %1 to the customer.</source>
        <translation>请退还顾客 %1。</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberCsvExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberCsvRunner</name>
    <message>
        <source>%1 may not export members.</source>
        <translation>%1 无权导出会员。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberDetailDialog</name>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Adjust balances</source>
        <translation>调整余额</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Card %1 · %2 · %3 points · stored value %4 (bonus %5) · %n visit(s)</source>
        <translation><numerusform>卡号 %1 · %2 · 积分 %3 · 储值 %4（赠送 %5）· 到店 %n 次</numerusform></translation>
    </message>
    <message>
        <source>This member was erased; the ledgers are kept as numbers.</source>
        <translation>该会员资料已清除，账目记录仅以数字形式保留。</translation>
    </message>
    <message>
        <source>Export member data</source>
        <translation>导出会员数据</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The member's data was saved to %1.</source>
        <translation>会员数据已保存到 %1。</translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation>清除会员资料</translation>
    </message>
    <message>
        <source>Erase this member's personal data? Name, mobile, card and contact details are removed for good; points and stored-value records stay as numbers. This cannot be undone.</source>
        <translation>确定清除该会员的个人信息吗？姓名、手机号、卡号和联系方式将被永久删除，积分和储值记录仅以数字形式保留。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erased at the member's request</source>
        <translation>应会员要求清除</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberDetailsDialog</name>
    <message>
        <source>Member details</source>
        <translation>会员详情</translation>
    </message>
    <message>
        <source>e.g. 1990-05-20 (empty: none)</source>
        <translation>例如 1990-05-20（留空表示无）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存 (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Recent receipts:</source>
        <translation>最近小票：</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>积分：</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>%1  %2  return %3</source>
        <translation>%1  %2  退货 %3</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Type the birthday as year-month-day, such as 1990-05-20.</source>
        <translation>请按 年-月-日 输入生日，例如 1990-05-20。</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>编辑会员 %1</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Mobile, last 4 digits, card, name or initials</source>
        <translation>手机号、手机后 4 位、卡号、姓名或助记码</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Register and attach</source>
        <translation>注册并关联</translation>
    </message>
    <message>
        <source>No member found. Register them below.</source>
        <translation>未找到会员，可在下方注册。</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberHistoryView</name>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>小票号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>赠送</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放时间</translation>
    </message>
    <message>
        <source>Tier changes</source>
        <translation>等级变更</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberImportReportDialog</name>
    <message>
        <source>Member import: problems</source>
        <translation>会员导入问题</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported (%1). These rows were skipped:</source>
        <translation><numerusform>已导入 %n 位会员（%1）。以下行已跳过：</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported because of these rows; correct them and import the file again:</source>
        <translation>以下行有误，未导入任何会员；请修正后重新导入该文件：</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberMergeDialog</name>
    <message>
        <source>Merge duplicate members</source>
        <translation>合并重复会员</translation>
    </message>
    <message>
        <source>Keep: mobile, card or id:N</source>
        <translation>保留：手机号、卡号或 id:N</translation>
    </message>
    <message>
        <source>Merge into it: mobile, card or id:N</source>
        <translation>并入：手机号、卡号或 id:N</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept member</source>
        <translation>保留的会员</translation>
    </message>
    <message>
        <source>Merged member</source>
        <translation>被合并的会员</translation>
    </message>
    <message>
        <source>Take merged's</source>
        <translation>采用被合并方</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>交换两侧</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Likely duplicates (same name, one without a mobile):</source>
        <translation>可能重复的会员（同名，其中一个没有手机号）：</translation>
    </message>
    <message>
        <source>Or pick two members by hand:</source>
        <translation>或手动选择两位会员：</translation>
    </message>
    <message>
        <source>Points, stored value (principal and bonus), coupons, count cards and sales of the merged member move to the kept one. This cannot be undone.</source>
        <translation>被合并会员的积分、储值（本金和赠送）、优惠券、次卡和销售记录将转到保留的会员名下。此操作不可撤销。</translation>
    </message>
    <message>
        <source>%1 (id:%2, %3)  ~  %4 (id:%5, %6)</source>
        <translation>%1（id:%2，%3）  ~  %4（id:%5，%6）</translation>
    </message>
    <message>
        <source>no mobile</source>
        <translation>无手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Stored value (principal)</source>
        <translation>储值（本金）</translation>
    </message>
    <message>
        <source>Stored value (bonus)</source>
        <translation>储值（赠送）</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>会员 id</translation>
    </message>
    <message>
        <source>Both sides are the same member.</source>
        <translation>两侧是同一位会员。</translation>
    </message>
    <message>
        <source>Merge members</source>
        <translation>合并会员</translation>
    </message>
    <message>
        <source>Merge %1 (id:%2) into %3 (id:%4)? This cannot be undone.</source>
        <translation>确定将 %1（id:%2）合并到 %3（id:%4）吗？此操作不可撤销。</translation>
    </message>
    <message>
        <source>Merged: %1 points and %2 stored value moved to id:%3.</source>
        <translation>已合并：%1 积分和 %2 储值已转到 id:%3。</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberPanel</name>
    <message>
        <source>Points %1 · Stored value %2 · Coupons %3</source>
        <translation>积分 %1 · 储值 %2 · 优惠券 %3</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Redeem a gift</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>No member</source>
        <translation>未关联会员</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberProfileForm</name>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>Agrees to SMS offers</source>
        <translation>同意接收短信优惠</translation>
    </message>
    <message>
        <source>Agrees to e-mail offers</source>
        <translation>同意接收邮件优惠</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>营销授权</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation>授权于 %1</translation>
    </message>
    <message>
        <source>The birthday %1 is not a date (YYYY-MM-DD).</source>
        <translation>生日 %1 不是有效日期（格式为 YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberTableModel</name>
    <message>
        <source>(erased)</source>
        <translation>（已清除）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>patron::ui::MembersPage</name>
    <message>
        <source>Search mobile, last 4 digits, card, name or initials</source>
        <translation>搜索手机号、手机后 4 位、卡号、姓名或助记码</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Any birthday</source>
        <translation>生日不限</translation>
    </message>
    <message>
        <source>Birthday in %1</source>
        <translation>%1生日</translation>
    </message>
    <message>
        <source>Any last visit</source>
        <translation>最近到店不限</translation>
    </message>
    <message>
        <source>No visit for </source>
        <translation>未到店 </translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>跳过错误行</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>First %1 members; search or filter to narrow</source>
        <translation>仅显示前 %1 位会员，请搜索或筛选以缩小范围</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation><numerusform>%n 位会员</numerusform></translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation><numerusform>已导入 %n 位会员。</numerusform></translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to %1.</source>
        <translation><numerusform>已导出 %n 位会员到 %1。</numerusform></translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation>合并重复会员…</translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation>正在导入会员…</translation>
    </message>
    <message>
        <source>Exporting members…</source>
        <translation>正在导出会员…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>Any RFM segment</source>
        <translation>全部 RFM 分群</translation>
    </message>
</context>
<context>
    <name>patron::ui::MembersTab</name>
    <message>
        <source>Tier</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Share of members</source>
        <translation>会员占比</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费额</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>消费占比</translation>
    </message>
    <message>
        <source>Click a segment of the pyramid to list its members.</source>
        <translation>点击金字塔中的分群，查看其会员。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <source>Repeat rate: %1 of %2 buying members came back (%3).</source>
        <translation>复购率：%2 名消费会员中有 %1 名再次消费（%3）。</translation>
    </message>
    <message>
        <source>New members by month</source>
        <translation>每月新增会员</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <source>Members by tier</source>
        <translation>各等级会员</translation>
    </message>
    <message>
        <source>RFM segments (%1 members who bought)</source>
        <translation>RFM 客户分群（%1 名有消费的会员）</translation>
    </message>
    <message>
        <source>%1: %2 members</source>
        <translation>%1：%2 位会员</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>In days</source>
        <translation>距生日天数</translation>
    </message>
    <message numerus="yes">
        <source>Birthdays in the next %1 days: %n member(s)</source>
        <translation><numerusform>未来 %1 天内过生日：%n 位会员</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No visit for %1 days: %n member(s)</source>
        <translation><numerusform>超过 %1 天未到店：%n 位会员</numerusform></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>RFM segment members</source>
        <translation>RFM 分群会员</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日会员</translation>
    </message>
    <message>
        <source>Dormant members</source>
        <translation>沉睡会员</translation>
    </message>
</context>
<context>
    <name>patron::ui::NewProductDialog</name>
    <message>
        <source>Add product</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>例如：12.50</translation>
    </message>
    <message>
        <source>e.g. Food/Drinks (optional)</source>
        <translation>例如：食品/饮料（可选）</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Price (￥)</source>
        <translation>售价（￥）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Add and sell</source>
        <translation>新增并销售</translation>
    </message>
    <message>
        <source>Type a price such as 12.50.</source>
        <translation>请输入价格，如 12.50。</translation>
    </message>
</context>
<context>
    <name>patron::ui::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>应收 %1</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>足额</translation>
    </message>
    <message>
        <source>Amount (points for Points)</source>
        <translation>金额（积分支付填积分数）</translation>
    </message>
    <message>
        <source>Reference: scan the customer's payment code</source>
        <translation>交易参考号：扫描顾客付款码</translation>
    </message>
    <message>
        <source>Member balances: stored value %1 · points %2</source>
        <translation>会员余额：储值 %1 · 积分 %2</translation>
    </message>
    <message>
        <source>Clear tenders</source>
        <translation>清除支付</translation>
    </message>
    <message>
        <source>Finish (Enter)</source>
        <translation>完成（Enter）</translation>
    </message>
    <message>
        <source>The receipt appears here after payment.</source>
        <translation>支付完成后，小票将显示在此处。</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重打</translation>
    </message>
    <message>
        <source>The sale is complete, but the receipt did not print: %1</source>
        <translation>交易已完成，但小票未能打印：%1</translation>
    </message>
    <message>
        <source>Type how many points to redeem.</source>
        <translation>请输入要抵扣的积分数。</translation>
    </message>
    <message>
        <source>Type an amount such as 12.50.</source>
        <translation>请输入金额，如 12.50。</translation>
    </message>
    <message>
        <source>Only cash can be more than what is left to pay (%1).</source>
        <translation>只有现金可以超出剩余应付金额（%1）。</translation>
    </message>
    <message>
        <source>The stored value balance is %1.</source>
        <translation>储值余额为 %1。</translation>
    </message>
    <message>
        <source>That is not a WeChat or Alipay payment code.</source>
        <translation>这不是微信支付或支付宝付款码。</translation>
    </message>
    <message>
        <source>  (%1 points)</source>
        <translation>  （%1 积分）</translation>
    </message>
    <message>
        <source>Left to pay %1</source>
        <translation>还需支付 %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>找零 %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Points cannot pay this order: the member has %1 usable points, at least %2 are needed.</source>
        <translation>积分不能支付此单：会员可用积分 %1，至少需要 %2。</translation>
    </message>
    <message>
        <source>Points: up to %1 (%2) for this order. Change the number if the member wants fewer; Enter adds them.</source>
        <translation>积分：本单最多可用 %1（%2）。会员想少用可改小数字，按 Enter 添加。</translation>
    </message>
    <message>
        <source>Points need a member: attach one first.</source>
        <translation>积分支付需要会员：请先关联会员。</translation>
    </message>
    <message>
        <source>Points need a member: attach one first (%1).</source>
        <translation>积分支付需要会员：请先关联会员（%1）。</translation>
    </message>
</context>
<context>
    <name>patron::ui::PinPad</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>patron::ui::PriceChangeTableModel</name>
    <message>
        <source>Pending</source>
        <translation>待生效</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>New retail</source>
        <translation>新零售价</translation>
    </message>
    <message>
        <source>New member price</source>
        <translation>新会员价</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>patron::ui::PriceDraftTable</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Retail now</source>
        <translation>现零售价</translation>
    </message>
    <message>
        <source>New retail</source>
        <translation>新零售价</translation>
    </message>
    <message>
        <source>Member now</source>
        <translation>现会员价</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新会员</translation>
    </message>
    <message>
        <source>%1: "%2" is not an amount of money, e.g. 12.50.</source>
        <translation>%1：“%2”不是有效金额，例如 12.50。</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>不是有效金额</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变动</translation>
    </message>
    <message>
        <source>retail %1 → %2 (%3)</source>
        <translation>零售价 %1 → %2（%3）</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>会员价 %1</translation>
    </message>
    <message>
        <source>member price above retail!</source>
        <translation>会员价高于零售价！</translation>
    </message>
    <message>
        <source>Clear member price</source>
        <translation>清除会员价</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>变动说明</translation>
    </message>
    <message>
        <source>member price removed</source>
        <translation>取消会员价</translation>
    </message>
</context>
<context>
    <name>patron::ui::PricesPage</name>
    <message>
        <source>This till is joined to head office, which owns the catalog: price changes arrive with each sync and cannot be made here.</source>
        <translation>本机已连接总部，商品资料由总部管理：调价随每次同步下发，不能在此调价。</translation>
    </message>
    <message>
        <source>Find a product: name, initials, barcode or SKU</source>
        <translation>查找商品：品名、助记码、条码或货号</translation>
    </message>
    <message>
        <source>Add to the price change</source>
        <translation>加入调价单</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>Note (e.g. supplier price rise)</source>
        <translation>备注（例如：供应商涨价）</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>安排调价</translation>
    </message>
    <message>
        <source>Import price list…</source>
        <translation>导入调价单…</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待生效</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>全部调价单</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>取消调价</translation>
    </message>
    <message>
        <source>Price history: choose a product above.</source>
        <translation>历史价格：请在上方选择商品。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>零售价</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Scheduled changes</source>
        <translation>调价单</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Add products and type their new prices; empty cells keep the current price.</source>
        <translation>加入商品并填写新价格；留空则保持现价。</translation>
    </message>
    <message>
        <source>at %1, which has passed</source>
        <translation>于 %1（该时间已过）</translation>
    </message>
    <message>
        <source>at %1 (in %2 h %3 min)</source>
        <translation>于 %1（%2 小时 %3 分钟后）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>立即</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) change %1: %2 up, %3 down. Carts already open keep the prices they show.</source>
        <translation><numerusform>%n 个商品%1调价：%2 个涨价，%3 个降价。已打开的购物车保持所显示的价格。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n price change(s) applied.</source>
        <translation><numerusform>%n 条调价已生效。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n price change(s) scheduled.</source>
        <translation><numerusform>已安排 %n 条调价。</numerusform></translation>
    </message>
    <message>
        <source>Import price list</source>
        <translation>导入调价单</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>Choose a pending change to cancel.</source>
        <translation>请选择要取消的待生效调价单。</translation>
    </message>
    <message>
        <source>Cancel price change</source>
        <translation>取消调价</translation>
    </message>
    <message>
        <source>Cancel price change #%1 for %2 %3?</source>
        <translation>取消 %2 %3 的调价单 #%1？</translation>
    </message>
    <message>
        <source>Price history of %1 %2</source>
        <translation>%1 %2 的历史价格</translation>
    </message>
    <message>
        <source>price change #%1</source>
        <translation>调价单 #%1</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>before price history</source>
        <translation>启用价格历史前</translation>
    </message>
    <message>
        <source>product edit</source>
        <translation>商品编辑</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Importing the price list…</source>
        <translation>正在导入调价单…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was scheduled.</source>
        <translation>导入已取消，未安排任何调价。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read. Nothing was scheduled because of these rows; correct them and import the list again:</source>
        <translation><numerusform>共读取 %n 行。以下行有问题，未安排任何调价；请更正后重新导入：</numerusform></translation>
    </message>
</context>
<context>
    <name>patron::ui::PrinterPage</name>
    <message>
        <source>e.g. tcp://192.168.1.50:9100 or serial:///dev/ttyUSB0?baud=9600</source>
        <translation>例如：tcp://192.168.1.50:9100 或 serial:///dev/ttyUSB0?baud=9600</translation>
    </message>
    <message>
        <source>Chinese (GB18030)</source>
        <translation>中文（GB18030）</translation>
    </message>
    <message>
        <source>Latin (code page 858)</source>
        <translation>拉丁字符（代码页 858）</translation>
    </message>
    <message>
        <source>Latin (code page 437)</source>
        <translation>拉丁字符（代码页 437）</translation>
    </message>
    <message>
        <source>58 mm (32 columns)</source>
        <translation>58 mm（32 列）</translation>
    </message>
    <message>
        <source>80 mm (48 columns)</source>
        <translation>80 mm（48 列）</translation>
    </message>
    <message>
        <source>Pin 2</source>
        <translation>引脚 2</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>引脚 5</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Printer on this till</source>
        <translation>本收银台打印机</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>字符集</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>Drawer pulse</source>
        <translation>钱箱脉冲</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>选择 Logo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>无 Logo</translation>
    </message>
    <message>
        <source>Receipt (all tills of this store)</source>
        <translation>小票设置（本门店所有收银台）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>页脚</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 x %2 dots</source>
        <translation>%1 × %2 点</translation>
    </message>
    <message>
        <source>Sample: mineral water 550ml</source>
        <translation>示例：矿泉水 550ml</translation>
    </message>
    <message>
        <source>Sample: apples</source>
        <translation>示例：苹果</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Receipt logo</source>
        <translation>小票 Logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>The logo is wider than this paper; choose it again.</source>
        <translation>Logo 宽度超出此纸张宽度，请重新选择。</translation>
    </message>
    <message>
        <source>Printer and receipt</source>
        <translation>打印机与小票</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>测试打印</translation>
    </message>
    <message>
        <source>Enter the printer's address first.</source>
        <translation>请先输入打印机地址。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message numerus="yes">
        <source>Test page sent (%n byte(s)).</source>
        <translation><numerusform>测试页已发送（%n 字节）。</numerusform></translation>
    </message>
    <message>
        <source>Test print failed: %1</source>
        <translation>测试打印失败：%1</translation>
    </message>
    <message>
        <source>e.g. tcp://192.168.1.50:9100</source>
        <translation>例如：tcp://192.168.1.50:9100</translation>
    </message>
</context>
<context>
    <name>patron::ui::ProductEditDialog</name>
    <message>
        <source>Edit product %1</source>
        <translation>编辑商品 %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>PLU</source>
        <translation>PLU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>from the name's pinyin</source>
        <translation>按名称拼音自动生成</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>助记码</translation>
    </message>
    <message>
        <source>e.g. Drinks/Soft drinks</source>
        <translation>例如：饮料/软饮</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>会员价</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>进价</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <source>One barcode per line</source>
        <translation>每行一个条码</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Sold by weight</source>
        <translation>称重销售</translation>
    </message>
    <message>
        <source>Price entered at the till</source>
        <translation>收银时输入价格</translation>
    </message>
    <message>
        <source>Active (on sale)</source>
        <translation>启用（在售）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>patron::ui::ProductTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>助记码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>会员价</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
</context>
<context>
    <name>patron::ui::ProductsPage</name>
    <message>
        <source>Search name, initials, barcode or SKU</source>
        <translation>搜索名称、助记码、条码或 SKU</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>打印标签…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>First %1 products; search to narrow</source>
        <translation>仅显示前 %1 个商品，请搜索以缩小范围</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation><numerusform>%n 个商品</numerusform></translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>导入商品</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Importing products…</source>
        <translation>正在导入商品…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 rows imported: %2 added, %3 updated.</source>
        <translation>已导入 %1 行：新增 %2，更新 %3。</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>导出商品</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) exported to %1.</source>
        <translation><numerusform>已导出 %n 个商品到 %1。</numerusform></translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>打印机无法开始打印。</translation>
    </message>
    <message>
        <source>This till is joined to head office, which owns the catalog: products and prices arrive with each sync and cannot be changed here.</source>
        <translation>本收银台已连接总部，商品资料由总部统一管理：商品和价格随每次同步下发，不能在此修改。</translation>
    </message>
</context>
<context>
    <name>patron::ui::ProductsTab</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>畅销商品</translation>
    </message>
    <message>
        <source>Slowest sellers</source>
        <translation>滞销商品</translation>
    </message>
    <message>
        <source>Ranked over whole months %1 to %2 (products are summed per month).</source>
        <translation>按 %1 至 %2 的整月排名（商品按月汇总）。</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Compared with %1 to %2.</source>
        <translation>对比 %1 至 %2。</translation>
    </message>
    <message>
        <source>Best sellers (top %1)</source>
        <translation>畅销商品（前 %1 名）</translation>
    </message>
    <message>
        <source>Slowest sellers (bottom %1)</source>
        <translation>滞销商品（后 %1 名）</translation>
    </message>
    <message>
        <source>Previous net sales</source>
        <translation>上一期净销售额</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>增减%</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>畅销商品</translation>
    </message>
    <message>
        <source>Bottom products</source>
        <translation>滞销商品</translation>
    </message>
</context>
<context>
    <name>patron::ui::PromotionEditDialog</name>
    <message>
        <source>Change promotion</source>
        <translation>修改促销</translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation>新建促销</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>折扣（百分比）</translation>
    </message>
    <message>
        <source>Amount off each</source>
        <translation>每件立减</translation>
    </message>
    <message>
        <source>N for a price (multibuy)</source>
        <translation>N 件一口价</translation>
    </message>
    <message>
        <source>Buy X get Y free</source>
        <translation>买 X 送 Y</translation>
    </message>
    <message>
        <source>e.g. 20 for 20% off</source>
        <translation>例如 20 表示减 20%（八折）</translation>
    </message>
    <message>
        <source>A product</source>
        <translation>单个商品</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>商品分类</translation>
    </message>
    <message>
        <source>Find a product: name, initials, barcode or SKU</source>
        <translation>查找商品：品名、助记码、条码或货号</translation>
    </message>
    <message>
        <source>No product chosen</source>
        <translation>未选择商品</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>仅限时段</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>仅限会员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount off each unit (or kg)</source>
        <translation>每件（或每千克）立减</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>For the price of</source>
        <translation>一口价</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>赠送数量</translation>
    </message>
    <message>
        <source>On</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Example basket</source>
        <translation>示例购物篮</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>%1: "%2" is not an amount of money, e.g. 12.50.</source>
        <translation>%1：“%2”不是有效金额，例如 12.50。</translation>
    </message>
    <message>
        <source>Percent off: "%1" is not a percentage between 0 and 100.</source>
        <translation>折扣：“%1”不是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>立减金额</translation>
    </message>
    <message>
        <source>Choose the product or category the promotion is on.</source>
        <translation>请选择促销适用的商品或分类。</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>请至少选择一个星期几。</translation>
    </message>
</context>
<context>
    <name>patron::ui::PromotionPreview</name>
    <message>
        <source>Customer is a member</source>
        <translation>顾客是会员</translation>
    </message>
    <message>
        <source>Example unit price</source>
        <translation>示例单价</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Type an example unit price, e.g. 3.50.</source>
        <translation>请输入示例单价，例如 3.50。</translation>
    </message>
    <message>
        <source>items</source>
        <translation>件商品</translation>
    </message>
    <message>
        <source>%1 × %2 at %3 = %4: the promotion takes %5 off, the customer pays %6.</source>
        <translation>%1 × %2，单价 %3 = %4：促销优惠 %5，顾客实付 %6。</translation>
    </message>
    <message>
        <source>Not running at %1 (its dates, days, hours or members-only rule exclude it).</source>
        <translation>%1 时不生效（日期、星期、时段或仅限会员的条件不满足）。</translation>
    </message>
    <message>
        <source>At the till a line gets the best of member price, tier discount and one promotion, not all of them.</source>
        <translation>收银时每行只取会员价、等级折扣和一个促销中最优惠的一项，不叠加。</translation>
    </message>
</context>
<context>
    <name>patron::ui::PromotionTableModel</name>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>减 %1%</translation>
    </message>
    <message>
        <source>%1 off each</source>
        <translation>每件减 %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 件 %2</translation>
    </message>
    <message>
        <source>buy %1 get %2 free</source>
        <translation>买 %1 送 %2</translation>
    </message>
    <message>
        <source>%1 (members)</source>
        <translation>%1（会员）</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>分类 %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>On</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>patron::ui::PromotionsPage</name>
    <message>
        <source>This till is joined to head office, which owns the promotions: they arrive with each sync and cannot be changed here.</source>
        <translation>本机已连接总部，促销由总部管理：随每次同步下发，不能在此修改。</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation>新建促销</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Choose a promotion to change.</source>
        <translation>请选择要修改的促销。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Promotion %1 has ended; add a new one instead.</source>
        <translation>促销 %1 已结束；请新建一个。</translation>
    </message>
    <message>
        <source>Choose a promotion to end.</source>
        <translation>请选择要结束的促销。</translation>
    </message>
    <message>
        <source>End promotion</source>
        <translation>结束促销</translation>
    </message>
    <message>
        <source>End promotion %1 now?</source>
        <translation>立即结束促销 %1？</translation>
    </message>
</context>
<context>
    <name>patron::ui::QuickKeyEditorDialog</name>
    <message>
        <source>Arrange quick keys</source>
        <translation>设置快捷键</translation>
    </message>
    <message>
        <source>SKU, PLU or barcode</source>
        <translation>货号、PLU 或条码</translation>
    </message>
    <message>
        <source>empty: the product's name</source>
        <translation>留空则使用商品名称</translation>
    </message>
    <message>
        <source>Key number</source>
        <translation>键位</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Label on the key</source>
        <translation>按键名称</translation>
    </message>
    <message>
        <source>Put on key</source>
        <translation>设置到按键</translation>
    </message>
    <message>
        <source>Empty key</source>
        <translation>清空按键</translation>
    </message>
    <message>
        <source>Keys in use (numbered left to right, %1 to a row):</source>
        <translation>已使用的按键（从左到右编号，每行 %1 个）：</translation>
    </message>
    <message>
        <source>%1.  %2   %3   (SKU %4)</source>
        <translation>%1.  %2   %3   （货号 %4）</translation>
    </message>
    <message>
        <source>Type the product's SKU, PLU or barcode.</source>
        <translation>请输入商品的货号、PLU 或条码。</translation>
    </message>
    <message>
        <source>Key %1 now sells %2.</source>
        <translation>按键 %1 现在销售 %2。</translation>
    </message>
    <message>
        <source>Key %1 is empty.</source>
        <translation>按键 %1 已清空。</translation>
    </message>
</context>
<context>
    <name>patron::ui::QuickKeyPanel</name>
    <message>
        <source>Quick keys (goods without a barcode)</source>
        <translation>快捷键（无码商品）</translation>
    </message>
    <message>
        <source>Arrange…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>No quick keys yet. A manager puts products on keys with “Arrange…”.</source>
        <translation>暂无快捷键。店长可通过“设置…”把商品放到按键上。</translation>
    </message>
    <message>
        <source>price at till</source>
        <translation>收银时定价</translation>
    </message>
    <message>
        <source>%1 (SKU %2)</source>
        <translation>%1（货号 %2）</translation>
    </message>
</context>
<context>
    <name>patron::ui::ReportTab</name>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>patron::ui::ReportsPage</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>无法生成报表。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>与上期对比</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>已于 %1 更新。</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1，%2 至 %3</translation>
    </message>
    <message>
        <source>Days or months</source>
        <translation>按日或按月</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Top/bottom</source>
        <translation>前/后名次</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>打印机无法开始打印。</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>patron::ui::ReprintDialog</name>
    <message>
        <source>Or type or scan a receipt number</source>
        <translation>或输入、扫描小票号</translation>
    </message>
    <message>
        <source>Print copy</source>
        <translation>打印重印联</translation>
    </message>
    <message>
        <source>%1  %2  return %3</source>
        <translation>%1  %2  退货 %3</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Choose a receipt or type its number.</source>
        <translation>请选择小票或输入小票号。</translation>
    </message>
    <message>
        <source>No printer is set up; the copy is shown here only.</source>
        <translation>未设置打印机，重印联仅在此显示。</translation>
    </message>
    <message>
        <source>Reprint a receipt or slip</source>
        <translation>重打小票或凭条</translation>
    </message>
    <message>
        <source>Recent receipts and slips of this till:</source>
        <translation>本收银台最近的小票和凭条：</translation>
    </message>
    <message>
        <source>%1  top-up %2  %3</source>
        <translation>%1  充值 %2  %3</translation>
    </message>
    <message>
        <source>%1  gift %2  %3 points</source>
        <translation>%1  兑换 %2  %3 积分</translation>
    </message>
</context>
<context>
    <name>patron::ui::ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Return against receipt %1</source>
        <translation>按小票 %1 退货</translation>
    </message>
    <message>
        <source>Tick the lines coming back and type how many.</source>
        <translation>勾选要退的商品并输入数量。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>确认退货</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>商品错误</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>顾客不想要了</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>The return slip appears here.</source>
        <translation>退货单将显示在此处。</translation>
    </message>
    <message>
        <source>No lines picked.</source>
        <translation>未选择商品。</translation>
    </message>
    <message>
        <source>About %1 goes back to the original payments.</source>
        <translation>约 %1 将按原支付方式退回。</translation>
    </message>
    <message>
        <source>Line %1: type a quantity from %2 to %3.</source>
        <translation>第 %1 行：请输入 %2 到 %3 之间的数量。</translation>
    </message>
    <message>
        <source>Tick at least one line to return.</source>
        <translation>请至少勾选一行要退的商品。</translation>
    </message>
    <message>
        <source>Choose or type a reason for the return.</source>
        <translation>请选择或输入退货原因。</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1：%2 积分</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Refunded %1
%2</source>
        <translation>已退款 %1
%2</translation>
    </message>
    <message>
        <source>This receipt is from another store or till. Type the total printed on it: head office shows the sale only when the total matches.</source>
        <translation>这张小票来自其他门店或收银台。请输入小票上打印的合计金额：金额一致时总部才会显示这笔销售。</translation>
    </message>
    <message>
        <source>Receipt total:</source>
        <translation>小票合计：</translation>
    </message>
    <message>
        <source>e.g. 36.00</source>
        <translation>例如 36.00</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Type the receipt's total as printed on it, for example 36.00.</source>
        <translation>请按小票上打印的金额输入合计，例如 36.00。</translation>
    </message>
</context>
<context>
    <name>patron::ui::RolePermissions</name>
    <message>
        <source>%1 may not change roles and permissions.</source>
        <translation>%1 无权修改角色和权限。</translation>
    </message>
    <message>
        <source>Unknown role: %1</source>
        <translation>未知角色：%1</translation>
    </message>
    <message>
        <source>Unknown permission: %1</source>
        <translation>未知权限：%1</translation>
    </message>
</context>
<context>
    <name>patron::ui::SalesTab</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易笔数</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>进价</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>毛利率 %</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支付笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Net sales by weekday and hour</source>
        <translation>按星期和小时统计的净销售额</translation>
    </message>
    <message>
        <source>%1 to %2: net sales %3 in %4 transactions, average basket %5, gross margin %6.</source>
        <translation>%1 至 %2：净销售额 %3，共 %4 笔交易，客单价 %5，毛利 %6。</translation>
    </message>
    <message>
        <source>Previous period (%1 to %2): %3, change %4.</source>
        <translation>上一期间（%1 至 %2）：%3，环比 %4。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Net sales by period</source>
        <translation>按期间统计的净销售额</translation>
    </message>
    <message>
        <source>Net sales by hour of day</source>
        <translation>按小时统计的净销售额</translation>
    </message>
    <message>
        <source>Net sales by category</source>
        <translation>各分类净销售额</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无分类）</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>Previous net sales</source>
        <translation>上一期净销售额</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>增减%</translation>
    </message>
    <message>
        <source>Previous amount</source>
        <translation>上一期金额</translation>
    </message>
    <message>
        <source>Sales by period</source>
        <translation>按时段销售</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>按分类销售</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>按收银员销售</translation>
    </message>
    <message>
        <source>Sales by tender</source>
        <translation>按支付方式销售</translation>
    </message>
</context>
<context>
    <name>patron::ui::ScannerConfig</name>
    <message>
        <source>The till setting %1 is not valid JSON; the defaults are used.</source>
        <translation>收银台设置 %1 不是有效的 JSON，已使用默认值。</translation>
    </message>
    <message>
        <source>Scanner settings: %1 The defaults are used.</source>
        <translation>扫码枪设置：%1 已使用默认值。</translation>
    </message>
    <message>
        <source>Member card rules: %1 The defaults are used.</source>
        <translation>会员卡规则：%1 已使用默认值。</translation>
    </message>
    <message>
        <source>The scanner's baud rate %1 is not supported; 9600 is used.</source>
        <translation>扫码枪波特率 %1 不受支持，已使用 9600。</translation>
    </message>
</context>
<context>
    <name>patron::ui::ScannerPage</name>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Scanner on this till</source>
        <translation>本收银台的扫码枪</translation>
    </message>
    <message>
        <source>Shortest code</source>
        <translation>最短条码长度</translation>
    </message>
    <message>
        <source>Average time between keys, at most</source>
        <translation>按键平均间隔不超过</translation>
    </message>
    <message>
        <source>Longest pause between keys</source>
        <translation>按键最长停顿</translation>
    </message>
    <message>
        <source>Prefix sent before each code</source>
        <translation>条码前缀</translation>
    </message>
    <message>
        <source>Suffix sent after each code</source>
        <translation>条码后缀</translation>
    </message>
    <message>
        <source>none (keyboard scanner)</source>
        <translation>无（键盘式扫码枪）</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <source>e.g. 8800, 8801 (empty: no member cards)</source>
        <translation>例如：8800、8801（留空：不使用会员卡）</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Member cards and QR codes</source>
        <translation>会员卡与二维码</translation>
    </message>
    <message>
        <source>Card numbers start with</source>
        <translation>卡号开头</translation>
    </message>
    <message>
        <source>Card number length</source>
        <translation>卡号长度</translation>
    </message>
    <message>
        <source>Member QR code prefix</source>
        <translation>会员二维码前缀</translation>
    </message>
    <message>
        <source>Click here and scan a barcode</source>
        <translation>点击此处后扫描条码</translation>
    </message>
    <message>
        <source>Scanner test (uses the settings on screen)</source>
        <translation>扫码测试（使用屏幕上的设置）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The checkout uses new settings when the back office closes.</source>
        <translation>关闭后台后，收银界面将使用新设置。</translation>
    </message>
    <message>
        <source>The longest pause cannot be shorter than the average time between keys.</source>
        <translation>最长停顿不能短于按键平均间隔。</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫码枪</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Typing (too slow or too short for a scan): “%1”. At the till this is a search.</source>
        <translation>手动输入（太慢或太短，不算扫码）：“%1”。在收银界面会作为搜索。</translation>
    </message>
    <message>
        <source>Scan: %1</source>
        <translation>扫码：%1</translation>
    </message>
    <message>
        <source>product barcode %1</source>
        <translation>商品条码 %1</translation>
    </message>
    <message>
        <source>scale label, PLU %1</source>
        <translation>条码秤标签，PLU %1</translation>
    </message>
    <message>
        <source>, amount %1</source>
        <translation>，金额 %1</translation>
    </message>
    <message>
        <source>, weight %1 kg</source>
        <translation>，重量 %1 千克</translation>
    </message>
    <message>
        <source>member QR code, card %1</source>
        <translation>会员二维码，卡号 %1</translation>
    </message>
    <message>
        <source>member card %1</source>
        <translation>会员卡 %1</translation>
    </message>
    <message>
        <source>receipt %1 (starts a return)</source>
        <translation>小票 %1（发起退货）</translation>
    </message>
    <message>
        <source>%1 payment code %2 (taken on the payment screen)</source>
        <translation>%1付款码 %2（在收款界面使用）</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <source>not usable: %1</source>
        <translation>不可用：%1</translation>
    </message>
</context>
<context>
    <name>patron::ui::ShiftDialog</name>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Amount: float, cash in/out or counted cash</source>
        <translation>金额：备用金、存取现金或清点现金</translation>
    </message>
    <message>
        <source>Reason for cash in/out</source>
        <translation>存取现金原因</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X报表</translation>
    </message>
    <message>
        <source>Z report (day end)</source>
        <translation>Z报表（日结）</translation>
    </message>
    <message>
        <source>Shift open since %1 by %2, float %3</source>
        <translation>%2 于 %1 开班，备用金 %3</translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation>尚未开班。</translation>
    </message>
    <message>
        <source>Type the float, such as 200.</source>
        <translation>请输入备用金，如 200。</translation>
    </message>
    <message>
        <source>Type an amount such as 50.</source>
        <translation>请输入金额，如 50。</translation>
    </message>
    <message>
        <source>Type the cash counted in the drawer.</source>
        <translation>请输入钱箱中清点的现金金额。</translation>
    </message>
</context>
<context>
    <name>patron::ui::StoreDetailsSettings</name>
    <message>
        <source>%1 may not change the store details.</source>
        <translation>%1 无权修改门店信息。</translation>
    </message>
    <message>
        <source>The store needs a name.</source>
        <translation>门店名称不能为空。</translation>
    </message>
    <message>
        <source>"%1" is not a tax id: 15, 18 or 20 digits and capital letters.</source>
        <translation>“%1”不是有效的税号：应为 15、18 或 20 位数字和大写字母。</translation>
    </message>
</context>
<context>
    <name>patron::ui::StoreDetailsSettingsPage</name>
    <message>
        <source>Store %1 · till %2</source>
        <translation>门店 %1 · 收银机 %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>门店名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>税号</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>This till is joined to head office, which owns the store's name and codes.</source>
        <translation>本收银机已加入总部，门店名称和编码由总部管理。</translation>
    </message>
    <message>
        <source>The codes cannot change: they are in every receipt number. A new name shows in the window title after the next start.</source>
        <translation>编码不能修改：每个小票号都包含它们。新名称在下次启动后显示在窗口标题中。</translation>
    </message>
    <message>
        <source>Store details</source>
        <translation>门店信息</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The address, phone and tax id print in the receipt header.</source>
        <translation>地址、电话和税号会打印在小票抬头。</translation>
    </message>
</context>
<context>
    <name>patron::ui::StoreOpener</name>
    <message>
        <source>This computer has no system keychain.</source>
        <translation>此电脑没有系统钥匙串。</translation>
    </message>
    <message>
        <source>This computer has no system keychain; the store stays locked until the passphrase is entered.</source>
        <translation>此电脑没有系统钥匙串；在输入密码之前，门店将保持锁定。</translation>
    </message>
    <message>
        <source>Opening the store… After Patron has been updated this can take a few minutes on a large store; please do not switch the computer off.</source>
        <translation>正在打开门店数据库…… Patron 升级后，数据量大的门店可能需要几分钟；请不要关闭电脑。</translation>
    </message>
</context>
<context>
    <name>patron::ui::SyncIndicator</name>
    <message numerus="yes">
        <source>%n event(s) waiting</source>
        <translation><numerusform>%n 条数据待同步</numerusform></translation>
    </message>
    <message>
        <source>Standalone · %1</source>
        <translation>单店模式 · %1</translation>
    </message>
    <message>
        <source>This till is not joined to a head office; everything is kept in this store.</source>
        <translation>本收银台未连接总部，所有数据保存在本店。</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>%1 pulled change(s) waiting to be applied</source>
        <translation>%1 条已拉取的变更待应用</translation>
    </message>
    <message>
        <source>safe to shut down</source>
        <translation>可以安全关机</translation>
    </message>
    <message numerus="yes">
        <source>sending %n event(s)…</source>
        <translation><numerusform>正在发送 %n 条事件…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not yet sent</source>
        <translation><numerusform>%n 条事件尚未发送</numerusform></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <source>The events are kept safely on this till: shutting down loses nothing, they are sent after the next start. Until then head office does not know about them.</source>
        <translation>这些事件已安全保存在本机：关机不会丢失任何数据，下次启动后会继续发送。在此之前总部还不知道它们。</translation>
    </message>
    <message>
        <source>%1: beyond the limit, correct this PC's clock.</source>
        <translation>%1：超出允许范围，请校正本机时钟。</translation>
    </message>
    <message>
        <source>%1: within the limit.</source>
        <translation>%1：在允许范围内。</translation>
    </message>
</context>
<context>
    <name>patron::ui::TillKeyMap</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Member details</source>
        <translation>会员详情</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>售价</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>挂单</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>取单</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Return (second key)</source>
        <translation>退货（第二个键）</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重打</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>后台管理</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>显示或隐藏此帮助</translation>
    </message>
    <message>
        <source>Find, register or attach a member</source>
        <translation>查找、注册或关联会员</translation>
    </message>
    <message>
        <source>The member's details: edit, history</source>
        <translation>会员详情：编辑、历史记录</translation>
    </message>
    <message>
        <source>Change the quantity of the selected line</source>
        <translation>修改所选行的数量</translation>
    </message>
    <message>
        <source>Discount the selected line</source>
        <translation>对所选行打折</translation>
    </message>
    <message>
        <source>Change the price of the selected line</source>
        <translation>修改所选行的价格</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>删除选中行</translation>
    </message>
    <message>
        <source>Hold the cart</source>
        <translation>挂起当前订单</translation>
    </message>
    <message>
        <source>Resume a held cart</source>
        <translation>取回挂单</translation>
    </message>
    <message>
        <source>Shift: open, cash in/out, close, X/Z report</source>
        <translation>班次：开班、存取现金、交班、X/Z 报表</translation>
    </message>
    <message>
        <source>Top up the member's stored value</source>
        <translation>为会员储值充值</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>积分支付</translation>
    </message>
    <message>
        <source>Redeem the member's points for a gift</source>
        <translation>用会员积分兑换礼品</translation>
    </message>
    <message>
        <source>Return goods (or scan the receipt's barcode)</source>
        <translation>退货（或扫描小票条码）</translation>
    </message>
    <message>
        <source>Return goods: a second key</source>
        <translation>退货：第二个键</translation>
    </message>
    <message>
        <source>Reprint a receipt or slip (marked as a copy)</source>
        <translation>重打小票或凭条（标记为重印）</translation>
    </message>
    <message>
        <source>Open the back office (managers)</source>
        <translation>打开后台管理（店长）</translation>
    </message>
    <message>
        <source>Back: clear the search</source>
        <translation>返回：清除搜索</translation>
    </message>
    <message>
        <source>Lock the till</source>
        <translation>锁定收银台</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 for "%2" is several keys in a row; give one key (with Ctrl, Alt or Shift if you like).</source>
        <translation>“%2”的 %1 是连续多个键；请只设一个键（可加 Ctrl、Alt 或 Shift）。</translation>
    </message>
    <message>
        <source>%1 cannot be the key for "%2": the scanner and the search field need digits, letters, Enter and Tab. Use a function key or Ctrl+key.</source>
        <translation>%1 不能作为“%2”的快捷键：扫码枪和搜索框需要数字、字母、Enter 和 Tab。请使用功能键或 Ctrl+键。</translation>
    </message>
    <message>
        <source>%1 is the key for both "%2" and "%3"; one key can do one thing.</source>
        <translation>%1 同时是“%2”和“%3”的快捷键；一个键只能做一件事。</translation>
    </message>
    <message>
        <source>The till keys setting is not valid JSON.</source>
        <translation>收银快捷键设置不是有效的 JSON。</translation>
    </message>
    <message>
        <source>"%1" in the till keys is not a key.</source>
        <translation>收银快捷键中的“%1”不是有效按键。</translation>
    </message>
    <message>
        <source>%1 The default keys are used.</source>
        <translation>%1 已使用默认快捷键。</translation>
    </message>
</context>
<context>
    <name>patron::ui::TillKeysPage</name>
    <message>
        <source>The keys every till of this store uses. Click a key box and press the new key; function keys and Ctrl+key work best. Digits, letters, Enter and Tab belong to the scanner.</source>
        <translation>本店所有收银台使用的快捷键。点击按键框并按下新键；功能键和 Ctrl+键最合适。数字、字母、Enter 和 Tab 留给扫码枪。</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>不设键</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <source>Till keys</source>
        <translation>收银快捷键</translation>
    </message>
    <message>
        <source>Saved. The till uses the new keys when the back office closes.</source>
        <translation>已保存。关闭后台管理后收银台即使用新快捷键。</translation>
    </message>
</context>
<context>
    <name>patron::ui::TillKeysSettings</name>
    <message>
        <source>%1 may not change the till keys.</source>
        <translation>%1 无权修改收银快捷键。</translation>
    </message>
</context>
<context>
    <name>patron::ui::TillPrinter</name>
    <message>
        <source>Printer ready</source>
        <translation>打印机就绪</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>无打印机</translation>
    </message>
    <message>
        <source>Printer error</source>
        <translation>打印机错误</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
</context>
<context>
    <name>patron::ui::TopUpDialog</name>
    <message>
        <source>Top up stored value</source>
        <translation>储值充值</translation>
    </message>
    <message>
        <source>Top up %1, get %2 free</source>
        <translation>充 %1 送 %2</translation>
    </message>
    <message>
        <source> + %1 points</source>
        <translation> + %1 积分</translation>
    </message>
    <message>
        <source>No top-up bonus at the moment.</source>
        <translation>当前没有充值赠送活动。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Type an amount such as 100.</source>
        <translation>请输入金额，如 100。</translation>
    </message>
</context>
<context>
    <name>patron::ui::TotalsPanel</name>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应收</translation>
    </message>
</context>
<context>
    <name>patron::ui::UnknownCodeBar</name>
    <message>
        <source>Search instead</source>
        <translation>改为搜索</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>新增商品</translation>
    </message>
    <message>
        <source>Barcode %1 is not in the catalog.</source>
        <translation>条码 %1 不在商品资料中。</translation>
    </message>
</context>
<context>
    <name>patron::ui::UnlockPage</name>
    <message>
        <source>Unlock the store</source>
        <translation>解锁门店</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>恢复密码</translation>
    </message>
    <message>
        <source>Remember on this computer (system keychain)</source>
        <translation>在此电脑上记住（系统钥匙串）</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>patron::ui::UsersPage</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>新 PIN 码</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>重置 PIN 码</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>Permissions by role</source>
        <translation>各角色权限</translation>
    </message>
    <message>
        <source>Save permissions</source>
        <translation>保存权限</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Choose a user first.</source>
        <translation>请先选择用户。</translation>
    </message>
    <message>
        <source>%1 has a new PIN and can sign in again.</source>
        <translation>%1 已设置新 PIN 码，可以重新登录。</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Saved. They apply from each user's next sign-in.</source>
        <translation>已保存。各用户下次登录时生效。</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>%1 is now %2. The new permissions apply from their next sign-in.</source>
        <translation>%1 现为 %2。新权限从其下次登录起生效。</translation>
    </message>
</context>
</TS>