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
</context>
<context>
    <name>patron::Barcode</name>
    <message>
        <source>EAN-13</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EAN-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UPC-A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not the data of an EAN-8, UPC-A or EAN-13 code (7, 11 or 12 digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" contains spaces or control characters, so it is not a code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 code %2 has a wrong check digit (it should end in %3): scan or type it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::Cart</name>
    <message>
        <source>The cart has no line %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That cart no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not sell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cart is no longer open (it was paid, held or voided).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not for sale (inactive).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quantity must be more than 0 and at most 100000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is sold by the piece: the quantity must be whole.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has an open price: enter the price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scale label shows no weight.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A scale label's quantity comes from the label; remove the line instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A price override needs a supervisor or manager (permission price.override).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A discount is between 0% and 100%, and not negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A discount over %1% needs a supervisor or manager (permission discount.override).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach the member first: coupons belong to a member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An empty cart cannot be held.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That held sale is no longer waiting (already resumed or paid).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cart cannot be voided (it was paid or voided already).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voiding a sale needs a supervisor or manager (permission sale.void).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an open cart can be discarded.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::Catalog</name>
    <message>
        <source>A product needs a SKU (货号) of 1 to 64 characters without spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is already a product with SKU %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product %1 needs a name of 1 to 200 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product %1 needs a price (or must be an open-price item).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prices of product %1 cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tax rate of product %1 must be between 0% and 100%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initials (助记码) of product %1 may contain only letters a-z and digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PLU %1 already belongs to product %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barcode %1 already belongs to product %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not edit the catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A product's SKU cannot be changed; add a new product instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No product has the code %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::Checkout</name>
    <message>
        <source>That cart no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not sell.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This cart is not open for payment (held or voided).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coupon %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points can only be used with a member attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter how many points to use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A payment amount must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored value can only be used with a member attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only cash can be more than the amount due (%1); the other payments come to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is still due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is left to pay in cash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a shift before selling (shift open).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::CupsTransport</name>
    <message>
        <source>Cannot run %1 to print to the CUPS queue %2: %3 (is CUPS installed?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CUPS queue %1 did not take the job: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CUPS queue %1 did not accept the job within %2 seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CUPS refused the job for queue %1: %2</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The demo generator needs the store code and the base tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This store already has products or sales; demo data goes only into a new store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members: %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales: day %1 of %2, %3 lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loaded %1 sales with %2 lines; verifying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo data check failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::DeviceFileTransport</name>
    <message>
        <source>There is no printer at %1. Check that it is plugged in and switched on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This user may not write to %1 (on Linux, join the lp group).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer at %1 is in use by another program.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing to the printer at %1 failed %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while opening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer at %1 stopped taking data in the middle of the job (%2 of %3 bytes sent). Check paper and cover, then print again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in the middle of the job</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::HqCatalog</name>
    <message>
        <source>A product needs a code and a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tax rate must be between 0 and 100%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A promotion needs a code and a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A rule needs a key.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::HqClient</name>
    <message>
        <source>Head office sent a reply this till does not understand.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a mobile or card number to look up.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist at head office.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>The till code</source>
        <translation>收银台编号</translation>
    </message>
    <message>
        <source>Till %1 in store %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::HqReview</name>
    <message>
        <source>Say how the conflict was resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::HqSchema</name>
    <message>
        <source>Head office has schema version %1; this program knows up to %2. Upgrade Patron first.</source>
        <translation type="unfinished" />
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
    <name>patron::Members</name>
    <message>
        <source>There is no count card %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A count card is for one product: give its SKU.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A count card has 1 to 1000 uses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The validity cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no active member with the id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count card %1 (%2) has no uses left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count card %1 (%2) expired on %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count card %1 was used up meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not sell count cards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not use count cards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no coupon %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no coupon template %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coupon %1 belongs to another member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coupon %1 was already used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coupon %1 expired on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coupon %1 is no longer valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coupon %1 needs a spend of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coupon %1 was used meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not issue coupons.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not issue coupons to a segment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not change the loyalty rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no version %1 of the loyalty rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.%2 must be a whole number from %3 to %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.%2 must be text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.%2 must be true or false.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.%2 must be a date like 2026-05-01.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rules need at least one tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tiers[%1] needs a code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tier code %1 appears twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two tiers have the rank %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lowest tier (%1) is where every member starts: it cannot have thresholds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>points.category_multipliers_bps.%1 must be a whole number of basis points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>points.campaigns[%1] ends before it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>points.expiry must be never, rolling or year_end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wallet.spend_order must be proportional, principal_first or bonus_first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coupons.templates[%1].kind must be amount_off, percent_off or product.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coupons.templates[%1] needs a code of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coupons.templates[%1] is product-specific but lists no SKUs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The coupon template %1 is named but not defined.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gifts[%1] needs a code of its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not import members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first line must name the columns, with at least mobile and name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (use 1990-07-01).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date (use 2024-01-31).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member %1 was erased and can no longer be used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new member needs a mobile number and a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a mobile number (11 digits starting 13 to 19).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mobile number %1 belongs to another member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A card number has 4 to 32 letters or digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card %1 belongs to another member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gender is f, m or empty (got "%1").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birthday cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The referrer %1 is not another member.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not register members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not edit members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not set payment PINs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No member has the mobile, card or id "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a coupon number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coupon %1 does not apply to this cart (it needs a spend of %2 on the goods it covers).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member has only %1 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least %1 points are needed to pay with points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 points can pay for this order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points are used in steps of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member has no stored value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member's stored value is only %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The points' value changed while paying; quote again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points for sale %1 were already earned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter how many points to redeem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least %1 points must be redeemed at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points are redeemed in steps of %1 (a whole fen).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 points can pay this order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The returned share must be between 0 and 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points to reverse cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The return would reverse more points than the sale earned or redeemed (left: %1 earned, %2 redeemed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not adjust points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A points adjustment needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An adjustment of zero points changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not redeem gifts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no gift with the code %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs %2 points; the member has %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of stock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not export member data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not erase members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Important value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Important to win back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Important to develop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Important to retain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maintain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already in the highest tier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spend %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>earn %1 more points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>top up %1 at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to reach %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored value balance is %1; it cannot pay %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without head office, stored value can pay at most %1 at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A top-up must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say how the top-up was paid (a tender code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top-up bonus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not take top-ups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A stored-value payment must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored value needs a payment PIN; the member has not set one yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member's payment PIN is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sale %1 was not paid with stored value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to refund.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only %1 of stored value is left to refund on this sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not refund top-ups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no top-up %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top-up %1 was already refunded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing of this top-up is left to refund.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head office refused this till's login: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head office is not reachable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to head office was lost: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head office does not allow this: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head office is not available: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head office refused the request: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not connected to head office.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::PrintJob</name>
    <message>
        <source>The printer at %1 stopped responding in the middle of the job. Check paper and cover, then print again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last receipt may be incomplete.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::PrinterProfile</name>
    <message>
        <source>Unknown printer character set "%1": use gb18030, cp437 or cp858.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::PrinterStatus</name>
    <message>
        <source>The printer is out of paper. Load a new roll and print again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer cover is open. Close it and print again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer is offline. Check that it is switched on and ready.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::PrinterTestPage</name>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If this page reads well and was cut, the printer is set up.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::PrinterTransport</name>
    <message>
        <source>%1 cannot report the printer's status.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::PrinterTransportFactory</name>
    <message>
        <source>winspool:// printers exist only on Windows; use cups://%1 here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::PrinterUri</name>
    <message>
        <source>The printer address "%1" is not valid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it needs a scheme such as tcp://, serial://, file:// or cups://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it needs a host name or IP address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the port must be between 1 and 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it needs a serial port such as /dev/ttyUSB0 or COM3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the baud rate must be a number such as 9600 or 115200.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flow must be none, rtscts or xonxoff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it needs a device path such as /dev/usb/lp0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it needs a printer queue name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the scheme "%1" is not one of tcp, serial, file, cups, winspool.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ProductCsv</name>
    <message>
        <source>%1 may not edit the catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line 1: unknown column "%1". Known columns: sku, name, barcodes, plu, category, unit, price, member_price, cost, tax_percent, weighed, open_price, active, initials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line 1: the file needs at least the columns sku and name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 "%2" is not an amount of money.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tax "%1" is not a percentage between 0 and 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not yes/no (1/0, 是/否).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::Promotion</name>
    <message>
        <source>A promotion needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A promotion needs a product or a category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A percent-off promotion takes between 0% and 100% off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An amount-off promotion needs an amount.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A multibuy needs a quantity of at least 2 and a bundle price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buy X get Y needs X and Y of at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A promotion must end after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weekdays are digits 1 (Monday) to 7 (Sunday).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A time window needs both a start and an end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not edit promotions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The promotion's product or category does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no running promotion %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::QuickKeys</name>
    <message>
        <source>Quick-key positions run from 1 to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not arrange the quick keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quick-key label has at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product %1 is inactive; activate it before putting it on a quick key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick key %1 is empty.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ReceiptBranding</name>
    <message>
        <source>%1 may not change the receipt settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ReceiptBuilder</name>
    <message>
        <source>There is no sale with receipt number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day end (Z) %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day so far (X) %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voided carts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By tender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ReceiptLayouter</name>
    <message>
        <source>Sales receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored value top-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gift redemption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift report (X)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day-end report (Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printer test page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tel: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>*** COPY (reprint) ***</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rounding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points earned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored value used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored value balance</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::Reports</name>
    <message>
        <source>A report needs a valid start and end date (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first month must not be after the last month.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 months can be shown at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The number of products must be at least 1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::Returns</name>
    <message>
        <source>There is no sale with receipt number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A return needs a supervisor or manager (permission refund).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A return needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a return slip; a return cannot be returned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: only %2 of %3 can still be returned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 is sold by the piece: return whole units.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everything on receipt %1 has been returned already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a shift before taking a return.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A return without a receipt needs a manager (permission refund.noreceipt).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name at least one product to return.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns without a receipt refund only in cash or a voucher (setting returns.no_receipt_tender).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the quantity must be more than 0 (whole units unless weighed).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::Sales</name>
    <message>
        <source>Coupon %1 cannot be used: this store has no membership.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points cannot be used: this store has no membership.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored value cannot be used: this store has no membership.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ScaleBarcode</name>
    <message>
        <source>Scale label layout "%1" is not usable: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flags must be written as text, e.g. "21".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the pattern must have 1 to %1 letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a pattern letter (F, C, M, W, X, K).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the check digit K must be the last letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the pattern needs flag (F) and PLU (C) digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the pattern needs amount (M) or weight (W) digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>amount and weight may have at most %1 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it needs at least one flag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flag "%1" must be %2 digits, like the F letters of the pattern.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scale label layouts are not a JSON list: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected [ … ]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each scale label layout must be a JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>flag %1 of this %2-digit layout is also claimed by layout "%3".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>13-digit price label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>18-digit amount and weight label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scale label %1 has a wrong check digit: scan it again or reprint the label.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a scale label of this store.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ScanClassifier</name>
    <message>
        <source>Scanner setting %1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ScanRouter</name>
    <message>
        <source>Member card prefixes must be a list, e.g. ["8800"].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A member card prefix must be non-empty text, e.g. "8800".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member card length must be 0 (any) to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member QR prefix must not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The scan was empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This member QR code carries no card number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 looks like a customer's payment code. Scan it on the payment screen.</source>
        <translation type="unfinished" />
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
    <name>patron::SerialTransport</name>
    <message>
        <source>There is no serial port %1. Check that the printer is plugged in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The serial port %1 is in use or not allowed for this user (on Linux, join the dialout group).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The serial port %1 went away %2 (unplugged?).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The serial printer on %1 failed %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while opening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while setting %1 baud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in the middle of the job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer on %1 stopped taking data in the middle of the job (%2 of %3 bytes sent). Check paper and cover, then print again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while reading its status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer on %1 did not answer within %2 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer on %1 did not take the end of the job.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::Shift</name>
    <message>
        <source>%1 may not open shifts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The float cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's shift is still open on this till; close it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not move cash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash in and out need a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drawer should hold only %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not close shifts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counted cash cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not close the day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close %1's shift before the day-end (Z) report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The day-end (Z) report for %1 was already made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no day-end report for %1.</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>patron::SyncConfig</name>
    <message>
        <source>The head-office connection string is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an sslmode; use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A client certificate needs both --sslcert and --sslkey.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::TcpTransport</name>
    <message>
        <source>The printer at %1 refused the connection. Check that it is switched on and that the address and port are right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer host %1 was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer at %1 closed the connection %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The network to the printer at %1 is down.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer at %1 failed %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer at %1 did not answer within %2 seconds. Check the cable, the network and the printer's address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while connecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in the middle of the job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer at %1 stopped taking data in the middle of the job (%2 of %3 bytes sent). Check paper and cover, then print again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer at %1 did not answer within %2 ms.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while reading its status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer at %1 did not take the end of the job.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::Tender</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bank card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alipay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prepaid voucher</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>patron::WindowsSpoolerTransport</name>
    <message>
        <source>The Windows printer "%1" failed %2 (error %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to start the job</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to start the page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>while printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to end the job</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an sslmode; use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head office is up to date (schema version %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head office schema: version %1 → %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head office has no Patron schema yet: run "patron-cli hq init".</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Schema version %1, %n store(s), TLS %2</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Events %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added store %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added till %1 to store %2 (role %3).
On the till, run once (the password is not shown again):
  patron-cli sync configure --dsn "%4" --sslrootcert CA.pem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Till %1 of store %2 is revoked: it can no longer log in or push.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  %2  (%3 till(s))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last push %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 %2 member %3 %4 %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 clock off by %3 ms at %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--id takes a conflict number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict #%1 resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-applied kept events: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--tax-rate-bp takes basis points, e.g. 1300 for 13%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product %1 saved at head office; tills receive it on their next pull.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--value must be JSON, e.g. 2, true, "text" or {"rate": 100}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rule %1 saved at head office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create or upgrade the head-office schema (safe to repeat)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head-office schema version, stores, events, open conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register a store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register a till and create its login role; prints its DSN once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke a till (stolen or retired): it can no longer log in or push</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List stores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List tills, their roles and last push</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List duplicate members and negative balances found while merging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark a conflict resolved, saying how</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List events kept but not applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply kept events again after an upgrade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tills whose clocks drifted beyond the threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create or change a product centrally</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a loyalty or store rule centrally</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List central rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a date like 1990-07-01.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member add needs MOBILE and NAME.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered %1 (id:%2, card %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member find needs one QUERY (mobile, last 4 digits, card, QR, name or initials).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No member found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member show needs MEMBER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  id:%2  %3  card %4
Tier %5  points %6  stored value %7 (principal %8, bonus %9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member edit needs MEMBER and the fields to change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member id:%1 updated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member erase needs MEMBER and --reason TEXT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member id:%1 erased: personal data removed, ledgers kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member export-data needs MEMBER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote everything about member id:%1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member import needs a CSV FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 members (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>member export needs an output FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not export members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1 members to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>topup needs MEMBER AMOUNT --pay TENDER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topped up %1 (bonus %2). Balance %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>topup-refund needs the top-up's ENTRY uuid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an entry uuid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund %1 to the customer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redeem needs MEMBER --gift CODE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gift redeemed for %1 points.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>points adjust needs MEMBER DELTA --reason TEXT (DELTA like 100 or -50).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points adjusted by %1; balance %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coupon template add needs --code CODE and --value (an amount, or a percentage for percent_off).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coupon template %1 saved (rules version %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coupon issue needs TEMPLATE MEMBER, or TEMPLATE --segment SEGMENT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an RFM segment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued %1 coupons to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coupon %1 issued (id %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>countcard add needs MEMBER --sku SKU --uses N [--days D] [--name TEXT].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count card %1 (%2 uses) added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>countcard use needs the card's numeric ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used; %1 left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rules set needs a JSON FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loyalty rules version %1 is in force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not run the tier evaluation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 tier changes, %2 points expired, %3 birthday coupons.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report needs one of rfm, birthdays, dormant, liability, tiers, growth, campaign.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not view reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored value owed: principal %1, bonus %2 (%3 members).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--channel is sms or email.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown report "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register a member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find members by mobile, last 4 digits, card, QR, name or initials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a member with balances, coupons and the next tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Erase a member's personal data</source>
        <translation>清除会员个人信息</translation>
    </message>
    <message>
        <source>Export everything about one member (JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import members from CSV (UTF-8 or GBK)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export members to CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top up stored value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refund a top-up (principal only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redeem points for a gift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjust a member's points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add or replace a coupon template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue a coupon to a member or an RFM segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List coupon templates, or a member's coupons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell a count card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a count card once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the loyalty rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the loyalty rules (a new version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the daily tier, points-expiry and birthday-coupon jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member reports</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>printer test takes one printer address, e.g. tcp://192.168.1.50:9100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No printer given and none set up: printer test URI (tcp://, serial://, file://, cups://).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--columns must be 32 (58 mm paper) or 48 (80 mm paper).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent the test page to %1 (%2 bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The paper roll is nearly empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drawer open takes no arguments besides --printer URI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No printer given and none set up: drawer open --printer URI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not open the drawer without a sale.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened the cash drawer on %1 (no sale, recorded for %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a test page (Chinese and English text, barcode, QR code, cut)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the cash drawer without a sale (needs drawer.nosale; audited)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 "%2" is not an amount of money, e.g. 12.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--tax-percent "%1" is not a percentage between 0 and 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --member-price or --no-member-price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --barcode or --no-barcodes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --%1 or --%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member price: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barcodes: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PLU: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initials: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sold by weight.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The till asks for the price.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inactive: not sold, not found by search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>product add needs --sku SKU, --name NAME and --price PRICE (or --open-price).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added product %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>product edit needs one SKU or barcode, then the fields to change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed product %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>product import needs one CSV FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 added, %4 updated.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n bad row(s) skipped:</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>product export needs one FILE to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1 products to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>product find needs a QUERY: a barcode, PLU, SKU, part of the name or its initials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing matches "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>product show needs one SKU, barcode or PLU.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quickkey set needs a POSITION number and a SKU.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick key %1 is now %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quickkey clear needs a POSITION number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quick key %1 is empty now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quickkey list takes no arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No quick keys are set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change a product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import products from a CSV file (UTF-8 or GBK)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export all products to a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by barcode, PLU, SKU, name or pinyin initials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show one product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put a product on a quick key (goods without a barcode)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty a quick key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List the quick keys with name and price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the range with --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report sales takes no positional arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--by must be one of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2: %3 sales, net %4 (previous period %5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report top takes no positional arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit must be a whole number of at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole months %1 to %2:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report dashboard takes no positional arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--day must be a date (YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: net %2 in %3 sales (average %4), %5 with a member, %6 returns (%7), discounts %8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales over a date range, broken down, with the previous period of the same length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best (or worst) selling products over the whole months the range touches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A business day's figures, the day before and the 30-day trend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quantity must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sale needs at least one --item CODE[*QTY][@PRICE].</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--pay takes TENDER=AMOUNT[:REFERENCE] with TENDER one of cash, card, wechat, alipay, wallet, points, voucher (got "%1").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>points=N takes a whole number of points.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 has an open cart with %n line(s) at the till; pay or hold it first.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No product has the scale PLU %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was paid: %1 is due. Add --pay TENDER=AMOUNT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sold: %1, total %2, change %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refund needs RECEIPT and --reason R (and optionally --line N=QTY …).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--line takes N or N=QTY (got "%1").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returned: %1 for %2, refund %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift opened with a float of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shift close needs --counted AMOUNT (the cash in the drawer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift closed: expected %1, counted %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shift %1 needs AMOUNT and --reason R.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded %1 %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not see day reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt render needs RECEIPT and --format text|escpos.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format escpos writes printer bytes: give --out FILE.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt print needs RECEIPT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No printer given and none set up: receipt print RECEIPT --printer URI.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>promo add needs --name, --kind and one of --sku or --category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--kind is percent, amount, multibuy or buy_x_get_y.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--from and --to take ISO dates such as 2026-12-01T00:00:00+08:00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--time takes HH:MM-HH:MM.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promotion %1 added (id %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (ended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>promo end needs the promotion's ID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Promotion %1 ended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sell: scan items, attach a member, pay (one transaction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return lines of a sale to its original tenders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a shift with a cash float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put cash into the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take cash out of the drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the shift with the counted cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The business day so far (X report; changes nothing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the business day (Z report), or show a closed day's again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render a stored receipt as text or printer bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print (or reprint) a stored receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a promotion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List promotions (running ones unless --all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End a promotion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This till is not joined to a head office (run "patron-cli sync configure").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events waiting: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clock drift: %1 ms — beyond the limit; correct this PC's clock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clock drift: %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pulled changes waiting to be applied: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync configure needs --dsn DSN (or PATRON_HQ_DSN), or --clear.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not change the head-office connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This till is no longer joined to a head office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head office set to %1 (sslmode %2). The connection is stored in the encrypted store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pushed %1 event(s) (%2 already at head office), pulled %3 change(s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: this PC's clock is off by %1 ms from head office.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--interval-sec takes a number of seconds (1 or more), --max-cycles a count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>synced; %1 event(s) waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Sync stopped after %n cycle(s).</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Join this till to head office (stored encrypted; needs settings.edit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push waiting events and pull changes once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync until stopped (Ctrl+C), backing off while head office is unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online or offline, events waiting, last successful sync, clock drift</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::cli::Demo</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patron Demo Shop</source>
        <translation>Patron 演示门店</translation>
    </message>
    <message>
        <source>Generated %1 products, %2 members and %3 sales (%4 lines) in %5 s (products %6 s, members %7 s, sales %8 s, verification %9 s; integrity: %10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill a new store with a large, reproducible demo data set (products, members, a year of sales)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::AuditPage</name>
    <message>
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt; Newer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Older &gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n record(s) checked.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Broken at record %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::BackOfficeWindow</name>
    <message>
        <source>Back office – %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users and roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printer and receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::BackupPage</name>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Restoring a backup&lt;/h3&gt;&lt;p&gt;The running till keeps the store open, so a backup is restored while Patron is closed. Close the till, then run:&lt;/p&gt;&lt;pre&gt;patron-cli restore FILE&lt;/pre&gt;&lt;p&gt;It asks for the store's recovery passphrase, checks the backup before touching anything, and starts a new receipt-number epoch so no receipt number is used twice. A till joined to head office fetches its own newer events again before it sells.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup holds the encrypted store and its wrapped key: it opens on another PC with the recovery passphrase alone. Keep copies away from this PC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back up the store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patron backups (*.ptrnbak)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup written and verified: %1
%2 bytes
SHA-256 %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::CartTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::CheckoutPage</name>
    <message>
        <source>Scan or search: barcode, PLU, name initials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift+F6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay (F9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find, register or attach a member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the quantity of the selected line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount the selected line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the price of the selected line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hold the cart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume a held cart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift: open, cash in/out, close, X/Z report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top up the member's stored value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pay with points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back: clear the search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shift is open. Cash float in the drawer (￥):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the float, such as 200.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price (￥):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a price such as 12.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown code %1: %2 Search by name, or ask a manager to add the product.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No product has scale PLU %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt %1: returns are not available on this screen yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment codes are scanned on the payment screen (F9).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New quantity for line %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a quantity such as 2 or 0.5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Percent off line %1 (e.g. 10):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a percentage from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1% off line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New unit price for line %1 (￥):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price of line %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cart held. Shift+F6 resumes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No held carts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach a member first (F2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sale %1 complete. Change %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points to redeem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::DashboardTab</name>
    <message>
        <source>Net sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Average basket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day before: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net sales, 30 days to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
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
    <name>patron::ui::HeldCartsDialog</name>
    <message>
        <source>Held carts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s) · %2</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::HelpOverlay</name>
    <message>
        <source>Function keys</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::ImportReportDialog</name>
    <message>
        <source>Product import: problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows read: %2 added, %3 updated. These rows were skipped:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows read. Nothing was imported because of these rows; correct them and import the file again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::LiabilityTab</name>
    <message>
        <source>Month end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored value: principal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored value: bonus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outstanding liability at month ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Liability</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>patron::ui::LogoConverter</name>
    <message>
        <source>%1 is not a picture Patron can read (use PNG or JPEG).</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shift open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::ManagerPinDialog</name>
    <message>
        <source>Manager approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Needs: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager PIN</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::MemberDialog</name>
    <message>
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile, last 4 digits, card, name or initials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register and attach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No member found. Register them below.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::MemberPanel</name>
    <message>
        <source>No member (F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points %1 · Stored value %2 · Coupons %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::MembersTab</name>
    <message>
        <source>Tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of spend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a segment of the pyramid to list its members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat rate: %1 of %2 buying members came back (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New members by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members by tier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RFM segments (%1 members who bought)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 members</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount (points for Points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference: scan the customer's payment code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member balances: stored value %1 · points %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear tenders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt appears here after payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sale is complete, but the receipt did not print: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type how many points to redeem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type an amount such as 12.50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only cash can be more than what is left to pay (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stored value balance is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That is not a WeChat or Alipay payment code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  (%1 points)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left to pay %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
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
    <name>patron::ui::PrinterPage</name>
    <message>
        <source>e.g. tcp://192.168.1.50:9100 or serial:///dev/ttyUSB0?baud=9600</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chinese (GB18030)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latin (code page 858)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latin (code page 437)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>58 mm (32 columns)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>80 mm (48 columns)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pin 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pin 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printer on this till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Character set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawer pulse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose logo…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt (all tills of this store)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print test page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 x %2 dots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample: mineral water 550ml</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sample: apples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The logo is wider than this paper; choose it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printer and receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the printer's address first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Test page sent (%n byte(s)).</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Test print failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::ProductEditDialog</name>
    <message>
        <source>Edit product %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PLU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from the name's pinyin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Drinks/Soft drinks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tax %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One barcode per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barcodes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sold by weight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price entered at the till</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active (on sale)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::ProductTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barcodes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::ProductsPage</name>
    <message>
        <source>Search name, initials, barcode or SKU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print labels…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First %1 products; search to narrow</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Import products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing products…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows imported: %2 added, %3 updated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n product(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::ProductsTab</name>
    <message>
        <source>SKU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best sellers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slowest sellers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ranked over whole months %1 to %2 (products are summed per month).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::ReportsPage</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::RolePermissions</name>
    <message>
        <source>%1 may not change roles and permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown role: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown permission: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::SalesTab</name>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gross margin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Margin %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net sales by weekday and hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2: net sales %3 in %4 transactions, average basket %5, gross margin %6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous period (%1 to %2): %3, change %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net sales by period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net sales by hour of day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net sales by category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no category)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::ShiftDialog</name>
    <message>
        <source>Shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount: float, cash in/out or counted cash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for cash in/out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close shift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Z report (day end)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift open since %1 by %2, float %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shift is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the float, such as 200.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type an amount such as 50.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the cash counted in the drawer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Z report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before discounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voided carts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tenders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>patron::ui::TillPrinter</name>
    <message>
        <source>Printer ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printer error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::TopUpDialog</name>
    <message>
        <source>Top up stored value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top up %1, get %2 free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> + %1 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No top-up bonus at the moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Top up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type an amount such as 100.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>patron::ui::TotalsPanel</name>
    <message>
        <source>Items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disable / enable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permissions by role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a user first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has a new PIN and can sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved. They apply from each user's next sign-in.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>