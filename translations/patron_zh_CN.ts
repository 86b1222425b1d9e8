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
    <name>patron::ui::HomePage</name>
    <message>
        <source>Lock (F12)</source>
        <translation>锁屏（F12）</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Welcome, %1 (%2)</source>
        <translation>欢迎，%1（%2）</translation>
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
</TS>