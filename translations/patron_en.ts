<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>patron::Audit</name>
    <message>
        <source>Audit record %1 does not follow the record before it: a record was removed or changed.</source>
        <translation>Audit record %1 does not follow the record before it: a record was removed or changed.</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written.</source>
        <translation>Audit record %1 was changed after it was written.</translation>
    </message>
    <message>
        <source>The audit log ends before its last recorded entry: records were removed from the end.</source>
        <translation>The audit log ends before its last recorded entry: records were removed from the end.</translation>
    </message>
</context>
<context>
    <name>patron::Backup</name>
    <message>
        <source>The backup could not be written to %1: the disk is full.</source>
        <translation>The backup could not be written to %1: the disk is full.</translation>
    </message>
    <message>
        <source>The backup cannot be written to %1: %2</source>
        <translation>The backup cannot be written to %1: %2</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>The backup could not be written to %1: %2</translation>
    </message>
    <message>
        <source>The backup's database cannot be opened: %1</source>
        <translation>The backup's database cannot be opened: %1</translation>
    </message>
    <message>
        <source>The backup does not contain a Patron store.</source>
        <translation>The backup does not contain a Patron store.</translation>
    </message>
    <message>
        <source>The backup failed its integrity check: %1</source>
        <translation>The backup failed its integrity check: %1</translation>
    </message>
    <message>
        <source>%1 is not a Patron backup.</source>
        <translation>%1 is not a Patron backup.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Patron.</source>
        <translation>The backup was made by a newer version of Patron.</translation>
    </message>
    <message>
        <source>The backup %1 is truncated or damaged.</source>
        <translation>The backup %1 is truncated or damaged.</translation>
    </message>
    <message>
        <source>Cannot write in the data folder %1: %2</source>
        <translation>Cannot write in the data folder %1: %2</translation>
    </message>
    <message>
        <source>The exported store cannot be read back.</source>
        <translation>The exported store cannot be read back.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read back for verification.</source>
        <translation>The backup %1 cannot be read back for verification.</translation>
    </message>
    <message>
        <source>The backup %1 did not verify after writing.</source>
        <translation>The backup %1 did not verify after writing.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be opened: %2</source>
        <translation>The backup %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: its checksum does not match.</source>
        <translation>The backup %1 is damaged: its checksum does not match.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Patron (schema %1). Nothing was changed.</source>
        <translation>The backup was made by a newer version of Patron (schema %1). Nothing was changed.</translation>
    </message>
    <message>
        <source>The live store could not be moved aside; nothing was changed.</source>
        <translation>The live store could not be moved aside; nothing was changed.</translation>
    </message>
    <message>
        <source>The restored store could not be moved into place; the live store was kept.</source>
        <translation>The restored store could not be moved into place; the live store was kept.</translation>
    </message>
</context>
<context>
    <name>patron::Demo</name>
    <message>
        <source>Manager Zhang</source>
        <translation>Manager Zhang</translation>
    </message>
    <message>
        <source>Cashier Li</source>
        <translation>Cashier Li</translation>
    </message>
    <message>
        <source>Patron Demo Shop</source>
        <translation>Patron Demo Shop</translation>
    </message>
</context>
<context>
    <name>patron::KeyVault</name>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>The cryptography library failed to start.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Not enough memory to derive the key from the passphrase.</translation>
    </message>
    <message>
        <source>The recovery passphrase must have at least 8 characters.</source>
        <translation>The recovery passphrase must have at least 8 characters.</translation>
    </message>
    <message>
        <source>The key-derivation settings are too weak.</source>
        <translation>The key-derivation settings are too weak.</translation>
    </message>
    <message>
        <source>The key vault uses key-derivation settings this build does not accept.</source>
        <translation>The key vault uses key-derivation settings this build does not accept.</translation>
    </message>
    <message>
        <source>The recovery passphrase is not correct.</source>
        <translation>The recovery passphrase is not correct.</translation>
    </message>
    <message>
        <source>The key vault file is not a Patron key vault.</source>
        <translation>The key vault file is not a Patron key vault.</translation>
    </message>
    <message>
        <source>The key vault was written by a newer version of Patron.</source>
        <translation>The key vault was written by a newer version of Patron.</translation>
    </message>
    <message>
        <source>The key vault file is damaged.</source>
        <translation>The key vault file is damaged.</translation>
    </message>
    <message>
        <source>There is no key vault at %1.</source>
        <translation>There is no key vault at %1.</translation>
    </message>
    <message>
        <source>The key vault %1 cannot be read: %2</source>
        <translation>The key vault %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The key vault %1 cannot be written: %2</source>
        <translation>The key vault %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The key vault %1 could not be saved: %2</source>
        <translation>The key vault %1 could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>patron::Money</name>
    <message>
        <source>"%1" is not an amount of money.</source>
        <translation>"%1" is not an amount of money.</translation>
    </message>
    <message>
        <source>"%1" has more decimal places than %2 allows.</source>
        <translation>"%1" has more decimal places than %2 allows.</translation>
    </message>
    <message>
        <source>"%1" is too large.</source>
        <translation>"%1" is too large.</translation>
    </message>
</context>
<context>
    <name>patron::Permissions</name>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Void a sale or line</source>
        <translation>Void a sale or line</translation>
    </message>
    <message>
        <source>Override a price</source>
        <translation>Override a price</translation>
    </message>
    <message>
        <source>Give a discount over the limit</source>
        <translation>Give a discount over the limit</translation>
    </message>
    <message>
        <source>Refund with a receipt</source>
        <translation>Refund with a receipt</translation>
    </message>
    <message>
        <source>Refund without a receipt</source>
        <translation>Refund without a receipt</translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation>Open the drawer without a sale</translation>
    </message>
    <message>
        <source>Open and close shifts</source>
        <translation>Open and close shifts</translation>
    </message>
    <message>
        <source>Edit members</source>
        <translation>Edit members</translation>
    </message>
    <message>
        <source>Erase a member's personal data</source>
        <translation>Erase a member's personal data</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Adjust points</translation>
    </message>
    <message>
        <source>Adjust stored value</source>
        <translation>Adjust stored value</translation>
    </message>
    <message>
        <source>Edit the catalog</source>
        <translation>Edit the catalog</translation>
    </message>
    <message>
        <source>Edit loyalty rules</source>
        <translation>Edit loyalty rules</translation>
    </message>
    <message>
        <source>View reports</source>
        <translation>View reports</translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation>Back up and restore</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>View the audit log</translation>
    </message>
</context>
<context>
    <name>patron::SecretStore</name>
    <message>
        <source>No key is saved in the keychain for this store.</source>
        <translation>No key is saved in the keychain for this store.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Enter the recovery passphrase instead.</source>
        <translation>The system keychain is not available (%1). Enter the recovery passphrase instead.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>The system keychain failed: %1</translation>
    </message>
    <message>
        <source>The keychain refused to save the key.</source>
        <translation>The keychain refused to save the key.</translation>
    </message>
</context>
<context>
    <name>patron::Store</name>
    <message>
        <source>The store is busy: another program is writing to it. Try again in a moment.</source>
        <translation>The store is busy: another program is writing to it. Try again in a moment.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <source>The store is on a read-only disk or file. Nothing was saved.</source>
        <translation>The store is on a read-only disk or file. Nothing was saved.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error (%1). Nothing was saved.</source>
        <translation>The disk reported an input/output error (%1). Nothing was saved.</translation>
    </message>
    <message>
        <source>The store file is damaged or not readable with this key.</source>
        <translation>The store file is damaged or not readable with this key.</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>The change conflicts with existing data (%1).</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Database error in %1: %2</translation>
    </message>
    <message>
        <source>This store was made by a newer version of Patron (schema %1; this program knows up to %2). Install the newer version; the store was not changed.</source>
        <translation>This store was made by a newer version of Patron (schema %1; this program knows up to %2). Install the newer version; the store was not changed.</translation>
    </message>
    <message>
        <source>%1 must be 1 to 16 letters, digits, '-' or '_' (got "%2").</source>
        <translation>%1 must be 1 to 16 letters, digits, '-' or '_' (got "%2").</translation>
    </message>
    <message>
        <source>There is no store file at %1.</source>
        <translation>There is no store file at %1.</translation>
    </message>
    <message>
        <source>The store at %1 cannot be opened for writing: the disk or folder is read-only.</source>
        <translation>The store at %1 cannot be opened for writing: the disk or folder is read-only.</translation>
    </message>
    <message>
        <source>The store at %1 cannot be opened.</source>
        <translation>The store at %1 cannot be opened.</translation>
    </message>
    <message>
        <source>Unexpected database state.</source>
        <translation>Unexpected database state.</translation>
    </message>
    <message>
        <source>The store code</source>
        <translation>The store code</translation>
    </message>
    <message>
        <source>The till code</source>
        <translation>The till code</translation>
    </message>
    <message>
        <source>The store needs a name.</source>
        <translation>The store needs a name.</translation>
    </message>
    <message>
        <source>"%1" is not an ISO 4217 currency code such as CNY.</source>
        <translation>"%1" is not an ISO 4217 currency code such as CNY.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Cannot create the data folder %1.</translation>
    </message>
    <message>
        <source>There is already a store in %1.</source>
        <translation>There is already a store in %1.</translation>
    </message>
    <message>
        <source>There is no Patron store in %1.</source>
        <translation>There is no Patron store in %1.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Patron store.</source>
        <translation>%1 is an unencrypted SQLite file, not a Patron store.</translation>
    </message>
    <message>
        <source>The store file %1 is damaged, or it does not belong to this key vault.</source>
        <translation>The store file %1 is damaged, or it does not belong to this key vault.</translation>
    </message>
    <message>
        <source>%1 is not a Patron store.</source>
        <translation>%1 is not a Patron store.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.</source>
        <translation>Cannot create the lock file %1.</translation>
    </message>
    <message>
        <source>The store is in use by another program (the till, patron-cli or sync). Close it and try again.</source>
        <translation>The store is in use by another program (the till, patron-cli or sync). Close it and try again.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only.</source>
        <translation>The data folder %1 is read-only.</translation>
    </message>
    <message>
        <source>The store is being restored from a backup. Try again when the restore has finished.</source>
        <translation>The store is being restored from a backup. Try again when the restore has finished.</translation>
    </message>
</context>
<context>
    <name>patron::Users</name>
    <message>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>A PIN has 4 to 12 digits.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>A PIN has digits only.</translation>
    </message>
    <message>
        <source>Unknown user or wrong PIN.</source>
        <translation>Unknown user or wrong PIN.</translation>
    </message>
    <message>
        <source>%1 may not do this: it needs the permission "%2".</source>
        <translation>%1 may not do this: it needs the permission "%2".</translation>
    </message>
    <message>
        <source>The store already has users; ask an administrator.</source>
        <translation>The store already has users; ask an administrator.</translation>
    </message>
    <message>
        <source>A user name has 1 to 32 letters, digits, '.', '-' or '_' (got "%1").</source>
        <translation>A user name has 1 to 32 letters, digits, '.', '-' or '_' (got "%1").</translation>
    </message>
    <message>
        <source>"%1" is not a role; use cashier, supervisor, manager or admin.</source>
        <translation>"%1" is not a role; use cashier, supervisor, manager or admin.</translation>
    </message>
    <message>
        <source>There is already a user called %1.</source>
        <translation>There is already a user called %1.</translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation>There is no user called %1.</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>You cannot disable yourself.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled.</source>
        <translation>%1 is the last active administrator and cannot be disabled.</translation>
    </message>
    <message>
        <source>The user %1 is disabled.</source>
        <translation>The user %1 is disabled.</translation>
    </message>
    <message>
        <source>The user %1 is locked after too many wrong PINs. A manager must reset the PIN.</source>
        <translation>The user %1 is locked after too many wrong PINs. A manager must reset the PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Wait %n second(s) and try again.</source>
        <translation><numerusform>Too many wrong PINs. Wait %n second and try again.</numerusform><numerusform>Too many wrong PINs. Wait %n seconds and try again.</numerusform></translation>
    </message>
    <message>
        <source>Wrong PIN. The user %1 is now locked; a manager must reset the PIN.</source>
        <translation>Wrong PIN. The user %1 is now locked; a manager must reset the PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown user or wrong PIN. %n attempt(s) left before the user is locked.</source>
        <translation><numerusform>Unknown user or wrong PIN. %n attempt left before the user is locked.</numerusform><numerusform>Unknown user or wrong PIN. %n attempts left before the user is locked.</numerusform></translation>
    </message>
    <message>
        <source>%1 may not authorise this: it needs the permission "%2".</source>
        <translation>%1 may not authorise this: it needs the permission "%2".</translation>
    </message>
</context>
<context>
    <name>patron::cli</name>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>The option --%1 takes no value.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>The option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>Unknown option --%1.</translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read: %2</source>
        <translation>The passphrase file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>No recovery passphrase: set PATRON_PASSPHRASE or use --passphrase-file.</source>
        <translation>No recovery passphrase: set PATRON_PASSPHRASE or use --passphrase-file.</translation>
    </message>
    <message>
        <source>The store is locked: set PATRON_PASSPHRASE or use --passphrase-file (%1)</source>
        <translation>The store is locked: set PATRON_PASSPHRASE or use --passphrase-file (%1)</translation>
    </message>
    <message>
        <source>This command needs a user: use --user NAME --pin PIN or set PATRON_USER and PATRON_PIN.</source>
        <translation>This command needs a user: use --user NAME --pin PIN or set PATRON_USER and PATRON_PIN.</translation>
    </message>
    <message>
        <source>Run "patron-cli help" for the list of commands.</source>
        <translation>Run "patron-cli help" for the list of commands.</translation>
    </message>
    <message>
        <source>init needs --%1.</source>
        <translation>init needs --%1.</translation>
    </message>
    <message>
        <source>Created store %1 (%2), till %3, in %4. Administrator: %5.</source>
        <translation>Created store %1 (%2), till %3, in %4. Administrator: %5.</translation>
    </message>
    <message>
        <source>Store %1 (%2), till %3, currency %4
Data folder: %5
Schema version: %6 (this program: %7)
Receipt epoch: %8
Cipher: SQLCipher %9, %10-byte pages, HMAC %11
Rows:</source>
        <translation>Store %1 (%2), till %3, currency %4
Data folder: %5
Schema version: %6 (this program: %7)
Receipt epoch: %8
Cipher: SQLCipher %9, %10-byte pages, HMAC %11
Rows:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>The store failed its integrity check: %1</source>
        <translation>The store failed its integrity check: %1</translation>
    </message>
    <message>
        <source>The audit chain is broken: %1</source>
        <translation>The audit chain is broken: %1</translation>
    </message>
    <message numerus="yes">
        <source>Store integrity: ok. Audit chain: %n record(s), intact.</source>
        <translation><numerusform>Store integrity: ok. Audit chain: %n record, intact.</numerusform><numerusform>Store integrity: ok. Audit chain: %n records, intact.</numerusform></translation>
    </message>
    <message>
        <source>The new passphrase file cannot be read: %1</source>
        <translation>The new passphrase file cannot be read: %1</translation>
    </message>
    <message>
        <source>passphrase change needs the new passphrase in PATRON_NEW_PASSPHRASE or --new-passphrase-file.</source>
        <translation>passphrase change needs the new passphrase in PATRON_NEW_PASSPHRASE or --new-passphrase-file.</translation>
    </message>
    <message>
        <source>Changing the recovery passphrase needs an administrator.</source>
        <translation>Changing the recovery passphrase needs an administrator.</translation>
    </message>
    <message>
        <source>The recovery passphrase was changed. Backups made before keep their old passphrase.</source>
        <translation>The recovery passphrase was changed. Backups made before keep their old passphrase.</translation>
    </message>
    <message>
        <source>backup needs exactly one target FILE.</source>
        <translation>backup needs exactly one target FILE.</translation>
    </message>
    <message>
        <source>%1 may not make backups.</source>
        <translation>%1 may not make backups.</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 bytes).</source>
        <translation>Backup written and verified: %1 (%2 bytes).</translation>
    </message>
    <message>
        <source>restore needs exactly one backup FILE.</source>
        <translation>restore needs exactly one backup FILE.</translation>
    </message>
    <message>
        <source>Restored. Receipt numbers continue in epoch %1.</source>
        <translation>Restored. Receipt numbers continue in epoch %1.</translation>
    </message>
    <message>
        <source>Create a new encrypted store and its administrator</source>
        <translation>Create a new encrypted store and its administrator</translation>
    </message>
    <message>
        <source>Show schema version, store and till codes, cipher settings, row counts</source>
        <translation>Show schema version, store and till codes, cipher settings, row counts</translation>
    </message>
    <message>
        <source>Check the store's integrity and the audit chain</source>
        <translation>Check the store's integrity and the audit chain</translation>
    </message>
    <message>
        <source>Change the recovery passphrase (rewraps the key; the store is not re-encrypted)</source>
        <translation>Change the recovery passphrase (rewraps the key; the store is not re-encrypted)</translation>
    </message>
    <message>
        <source>Write a verified, encrypted backup</source>
        <translation>Write a verified, encrypted backup</translation>
    </message>
    <message>
        <source>Restore a backup into the data folder (new receipt epoch)</source>
        <translation>Restore a backup into the data folder (new receipt epoch)</translation>
    </message>
    <message>
        <source>user add needs NAME, --role ROLE and --pin PIN.</source>
        <translation>user add needs NAME, --role ROLE and --pin PIN.</translation>
    </message>
    <message>
        <source>Added user %1 (%2).</source>
        <translation>Added user %1 (%2).</translation>
    </message>
    <message>
        <source>%1 may not list users.</source>
        <translation>%1 may not list users.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>user set-pin needs NAME and --pin NEWPIN.</source>
        <translation>user set-pin needs NAME and --pin NEWPIN.</translation>
    </message>
    <message>
        <source>The PIN of %1 was set; the user is unlocked.</source>
        <translation>The PIN of %1 was set; the user is unlocked.</translation>
    </message>
    <message>
        <source>This command needs exactly one user NAME.</source>
        <translation>This command needs exactly one user NAME.</translation>
    </message>
    <message>
        <source>User %1 is disabled.</source>
        <translation>User %1 is disabled.</translation>
    </message>
    <message>
        <source>User %1 is enabled.</source>
        <translation>User %1 is enabled.</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>List users</source>
        <translation>List users</translation>
    </message>
    <message>
        <source>Set a user's PIN (also unlocks the user)</source>
        <translation>Set a user's PIN (also unlocks the user)</translation>
    </message>
    <message>
        <source>Disable a user</source>
        <translation>Disable a user</translation>
    </message>
    <message>
        <source>Enable a disabled user</source>
        <translation>Enable a disabled user</translation>
    </message>
    <message>
        <source>Usage: patron-cli [--data-dir DIR] [--json] [--passphrase-file FILE] [--user NAME --pin PIN] [--lang zh_CN|en] COMMAND [ARGS]

Commands:
</source>
        <translation>Usage: patron-cli [--data-dir DIR] [--json] [--passphrase-file FILE] [--user NAME --pin PIN] [--lang zh_CN|en] COMMAND [ARGS]

Commands:
</translation>
    </message>
    <message>
        <source>
The store is unlocked with PATRON_PASSPHRASE or --passphrase-file, else the keychain. See docs/cli.md for every command, output field and exit code.
</source>
        <translation>
The store is unlocked with PATRON_PASSPHRASE or --passphrase-file, else the keychain. See docs/cli.md for every command, output field and exit code.
</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unknown command "%1".</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Internal error: %1</translation>
    </message>
</context>
<context>
    <name>patron::till</name>
    <message>
        <source>Open the demo store (created on first use).</source>
        <translation>Open the demo store (created on first use).</translation>
    </message>
    <message>
        <source>The store's data folder.</source>
        <translation>The store's data folder.</translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation>Language: zh_CN or en.</translation>
    </message>
</context>
<context>
    <name>patron::ui::FirstRunPage</name>
    <message>
        <source>Set up this till</source>
        <translation>Set up this till</translation>
    </message>
    <message>
        <source>The store is encrypted. Keep the recovery passphrase somewhere safe: without it, a backup cannot be opened on another computer.</source>
        <translation>The store is encrypted. Keep the recovery passphrase somewhere safe: without it, a backup cannot be opened on another computer.</translation>
    </message>
    <message>
        <source>e.g. 南京路店</source>
        <translation>e.g. 南京路店</translation>
    </message>
    <message>
        <source>e.g. SH01</source>
        <translation>e.g. SH01</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Store name</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>Store code</translation>
    </message>
    <message>
        <source>Till code</source>
        <translation>Till code</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Administrator PIN</source>
        <translation>Administrator PIN</translation>
    </message>
    <message>
        <source>Open the demo store</source>
        <translation>Open the demo store</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Create store</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation>The two passphrases are different.</translation>
    </message>
</context>
<context>
    <name>patron::ui::HomePage</name>
    <message>
        <source>Lock (F12)</source>
        <translation>Lock (F12)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Welcome, %1 (%2)</source>
        <translation>Welcome, %1 (%2)</translation>
    </message>
</context>
<context>
    <name>patron::ui::LoginPage</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>patron::ui::MainWindow</name>
    <message>
        <source>Patron POS</source>
        <translation>Patron POS</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Demo store</translation>
    </message>
    <message>
        <source>Demo store: admin 1234, manager zhang 2222, cashier li 0000</source>
        <translation>Demo store: admin 1234, manager zhang 2222, cashier li 0000</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>No store open</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
</context>
<context>
    <name>patron::ui::PinPad</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>patron::ui::StoreOpener</name>
    <message>
        <source>This computer has no system keychain.</source>
        <translation>This computer has no system keychain.</translation>
    </message>
    <message>
        <source>This computer has no system keychain; the store stays locked until the passphrase is entered.</source>
        <translation>This computer has no system keychain; the store stays locked until the passphrase is entered.</translation>
    </message>
</context>
<context>
    <name>patron::ui::UnlockPage</name>
    <message>
        <source>Unlock the store</source>
        <translation>Unlock the store</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <source>Remember on this computer (system keychain)</source>
        <translation>Remember on this computer (system keychain)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
</TS>