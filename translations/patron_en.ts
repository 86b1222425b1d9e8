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
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
</context>
<context>
    <name>patron::BackupRestore</name>
    <message>
        <source>The backup was not restored: %1 The store was not changed.</source>
        <translation>The backup was not restored: %1 The store was not changed.</translation>
    </message>
    <message>
        <source>The backup was restored (the replaced store is kept as %1), but the restored store could not be opened: %2</source>
        <translation>The backup was restored (the replaced store is kept as %1), but the restored store could not be opened: %2</translation>
    </message>
</context>
<context>
    <name>patron::BackupSchedule</name>
    <message>
        <source>%1 may not change the backup schedule.</source>
        <translation>%1 may not change the backup schedule.</translation>
    </message>
    <message>
        <source>Choose the time of day for the backup.</source>
        <translation>Choose the time of day for the backup.</translation>
    </message>
    <message>
        <source>Keep between 1 and %1 automatic backups.</source>
        <translation>Keep between 1 and %1 automatic backups.</translation>
    </message>
    <message>
        <source>Choose the folder the backups go to.</source>
        <translation>Choose the folder the backups go to.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>The folder %1 cannot be written to.</translation>
    </message>
    <message>
        <source>The backup folder %1 is not there (a USB disk that is not plugged in?).</source>
        <translation>The backup folder %1 is not there (a USB disk that is not plugged in?).</translation>
    </message>
    <message numerus="yes">
        <source>Backup written and verified: %1 (%2 bytes); %n older backup(s) deleted.</source>
        <translation><numerusform>Backup written and verified: %1 (%2 bytes); %n older backup deleted.</numerusform><numerusform>Backup written and verified: %1 (%2 bytes); %n older backups deleted.</numerusform></translation>
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
        <translation>internal</translation>
    </message>
    <message>
        <source>"%1" is not the data of an EAN-8, UPC-A or EAN-13 code (7, 11 or 12 digits).</source>
        <translation>"%1" is not the data of an EAN-8, UPC-A or EAN-13 code (7, 11 or 12 digits).</translation>
    </message>
    <message>
        <source>The code is empty.</source>
        <translation>The code is empty.</translation>
    </message>
    <message>
        <source>The code is longer than %1 characters.</source>
        <translation>The code is longer than %1 characters.</translation>
    </message>
    <message>
        <source>"%1" contains spaces or control characters, so it is not a code.</source>
        <translation>"%1" contains spaces or control characters, so it is not a code.</translation>
    </message>
    <message>
        <source>%1 code %2 has a wrong check digit (it should end in %3): scan or type it again.</source>
        <translation>%1 code %2 has a wrong check digit (it should end in %3): scan or type it again.</translation>
    </message>
</context>
<context>
    <name>patron::Cart</name>
    <message>
        <source>The cart has no line %1.</source>
        <translation>The cart has no line %1.</translation>
    </message>
    <message>
        <source>That cart no longer exists.</source>
        <translation>That cart no longer exists.</translation>
    </message>
    <message>
        <source>%1 may not sell.</source>
        <translation>%1 may not sell.</translation>
    </message>
    <message>
        <source>This cart is no longer open (it was paid, held or voided).</source>
        <translation>This cart is no longer open (it was paid, held or voided).</translation>
    </message>
    <message>
        <source>%1 is not for sale (inactive).</source>
        <translation>%1 is not for sale (inactive).</translation>
    </message>
    <message>
        <source>The quantity must be more than 0 and at most 100000.</source>
        <translation>The quantity must be more than 0 and at most 100000.</translation>
    </message>
    <message>
        <source>%1 is sold by the piece: the quantity must be whole.</source>
        <translation>%1 is sold by the piece: the quantity must be whole.</translation>
    </message>
    <message>
        <source>%1 has an open price: enter the price.</source>
        <translation>%1 has an open price: enter the price.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>A price cannot be negative.</translation>
    </message>
    <message>
        <source>The scale label shows no weight.</source>
        <translation>The scale label shows no weight.</translation>
    </message>
    <message>
        <source>A scale label's quantity comes from the label; remove the line instead.</source>
        <translation>A scale label's quantity comes from the label; remove the line instead.</translation>
    </message>
    <message>
        <source>A price override needs a supervisor or manager (permission price.override).</source>
        <translation>A price override needs a supervisor or manager (permission price.override).</translation>
    </message>
    <message>
        <source>A discount is between 0% and 100%, and not negative.</source>
        <translation>A discount is between 0% and 100%, and not negative.</translation>
    </message>
    <message>
        <source>A discount over %1% needs a supervisor or manager (permission discount.override).</source>
        <translation>A discount over %1% needs a supervisor or manager (permission discount.override).</translation>
    </message>
    <message>
        <source>Attach the member first: coupons belong to a member.</source>
        <translation>Attach the member first: coupons belong to a member.</translation>
    </message>
    <message>
        <source>An empty cart cannot be held.</source>
        <translation>An empty cart cannot be held.</translation>
    </message>
    <message>
        <source>That held sale is no longer waiting (already resumed or paid).</source>
        <translation>That held sale is no longer waiting (already resumed or paid).</translation>
    </message>
    <message>
        <source>This cart cannot be voided (it was paid or voided already).</source>
        <translation>This cart cannot be voided (it was paid or voided already).</translation>
    </message>
    <message>
        <source>Voiding a sale needs a supervisor or manager (permission sale.void).</source>
        <translation>Voiding a sale needs a supervisor or manager (permission sale.void).</translation>
    </message>
    <message>
        <source>Only an open cart can be discarded.</source>
        <translation>Only an open cart can be discarded.</translation>
    </message>
</context>
<context>
    <name>patron::Catalog</name>
    <message>
        <source>A product needs a SKU (货号) of 1 to 64 characters without spaces.</source>
        <translation>A product needs a SKU (货号) of 1 to 64 characters without spaces.</translation>
    </message>
    <message>
        <source>There is already a product with SKU %1.</source>
        <translation>There is already a product with SKU %1.</translation>
    </message>
    <message>
        <source>Product %1 needs a name of 1 to 200 characters.</source>
        <translation>Product %1 needs a name of 1 to 200 characters.</translation>
    </message>
    <message>
        <source>Product %1 needs a price (or must be an open-price item).</source>
        <translation>Product %1 needs a price (or must be an open-price item).</translation>
    </message>
    <message>
        <source>Prices of product %1 cannot be negative.</source>
        <translation>Prices of product %1 cannot be negative.</translation>
    </message>
    <message>
        <source>The tax rate of product %1 must be between 0% and 100%.</source>
        <translation>The tax rate of product %1 must be between 0% and 100%.</translation>
    </message>
    <message>
        <source>Initials (助记码) of product %1 may contain only letters a-z and digits.</source>
        <translation>Initials (助记码) of product %1 may contain only letters a-z and digits.</translation>
    </message>
    <message>
        <source>Product %1: %2</source>
        <translation>Product %1: %2</translation>
    </message>
    <message>
        <source>PLU %1 already belongs to product %2.</source>
        <translation>PLU %1 already belongs to product %2.</translation>
    </message>
    <message>
        <source>Barcode %1 already belongs to product %2.</source>
        <translation>Barcode %1 already belongs to product %2.</translation>
    </message>
    <message>
        <source>%1 may not edit the catalog.</source>
        <translation>%1 may not edit the catalog.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>There is no product %1.</translation>
    </message>
    <message>
        <source>A product's SKU cannot be changed; add a new product instead.</source>
        <translation>A product's SKU cannot be changed; add a new product instead.</translation>
    </message>
    <message>
        <source>No product has the code %1.</source>
        <translation>No product has the code %1.</translation>
    </message>
</context>
<context>
    <name>patron::Categories</name>
    <message>
        <source>A category name has 1 to %1 characters and no "/" (got "%2").</source>
        <translation>A category name has 1 to %1 characters and no "/" (got "%2").</translation>
    </message>
    <message>
        <source>%1 may not edit the catalog.</source>
        <translation>%1 may not edit the catalog.</translation>
    </message>
    <message>
        <source>There is no category with id %1.</source>
        <translation>There is no category with id %1.</translation>
    </message>
    <message>
        <source>There is already a category %1.</source>
        <translation>There is already a category %1.</translation>
    </message>
    <message>
        <source>%1 cannot be moved under %2: a category cannot go inside itself or its own sub-categories.</source>
        <translation>%1 cannot be moved under %2: a category cannot go inside itself or its own sub-categories.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation><numerusform>%n product</numerusform><numerusform>%n products</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sub-category(ies)</source>
        <translation><numerusform>%n sub-category(ies)</numerusform><numerusform>%n sub-category(ies)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s)</source>
        <translation><numerusform>%n promotion</numerusform><numerusform>%n promotions</numerusform></translation>
    </message>
    <message>
        <source>%1 cannot be deleted: %2 still use it. Move or delete them first.</source>
        <translation>%1 cannot be deleted: %2 still use it. Move or delete them first.</translation>
    </message>
</context>
<context>
    <name>patron::Checkout</name>
    <message>
        <source>That cart no longer exists.</source>
        <translation>That cart no longer exists.</translation>
    </message>
    <message>
        <source>%1 may not sell.</source>
        <translation>%1 may not sell.</translation>
    </message>
    <message>
        <source>This cart is not open for payment (held or voided).</source>
        <translation>This cart is not open for payment (held or voided).</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>The cart is empty.</translation>
    </message>
    <message>
        <source>Coupon %1: %2</source>
        <translation>Coupon %1: %2</translation>
    </message>
    <message>
        <source>Points can only be used with a member attached.</source>
        <translation>Points can only be used with a member attached.</translation>
    </message>
    <message>
        <source>Enter how many points to use.</source>
        <translation>Enter how many points to use.</translation>
    </message>
    <message>
        <source>A payment amount must be more than zero.</source>
        <translation>A payment amount must be more than zero.</translation>
    </message>
    <message>
        <source>Stored value can only be used with a member attached.</source>
        <translation>Stored value can only be used with a member attached.</translation>
    </message>
    <message>
        <source>Only cash can be more than the amount due (%1); the other payments come to %2.</source>
        <translation>Only cash can be more than the amount due (%1); the other payments come to %2.</translation>
    </message>
    <message>
        <source>%1 is still due.</source>
        <translation>%1 is still due.</translation>
    </message>
    <message>
        <source>Nothing is left to pay in cash.</source>
        <translation>Nothing is left to pay in cash.</translation>
    </message>
    <message>
        <source>Open a shift before selling (shift open).</source>
        <translation>Open a shift before selling (shift open).</translation>
    </message>
</context>
<context>
    <name>patron::Csv</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Line %1: a quoted field is never closed.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
</context>
<context>
    <name>patron::CupsTransport</name>
    <message>
        <source>Cannot run %1 to print to the CUPS queue %2: %3 (is CUPS installed?)</source>
        <translation>Cannot run %1 to print to the CUPS queue %2: %3 (is CUPS installed?)</translation>
    </message>
    <message>
        <source>The CUPS queue %1 did not take the job: %2</source>
        <translation>The CUPS queue %1 did not take the job: %2</translation>
    </message>
    <message>
        <source>The CUPS queue %1 did not accept the job within %2 seconds.</source>
        <translation>The CUPS queue %1 did not accept the job within %2 seconds.</translation>
    </message>
    <message>
        <source>CUPS refused the job for queue %1: %2</source>
        <translation>CUPS refused the job for queue %1: %2</translation>
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
    <message>
        <source>Demo sizes must be positive (at least one product and one day).</source>
        <translation>Demo sizes must be positive (at least one product and one day).</translation>
    </message>
    <message>
        <source>The demo generator needs the store code and the base tier.</source>
        <translation>The demo generator needs the store code and the base tier.</translation>
    </message>
    <message>
        <source>This store already has products or sales; demo data goes only into a new store.</source>
        <translation>This store already has products or sales; demo data goes only into a new store.</translation>
    </message>
    <message>
        <source>pc</source>
        <translation>pc</translation>
    </message>
    <message>
        <source>Products: %1 of %2</source>
        <translation>Products: %1 of %2</translation>
    </message>
    <message>
        <source>Members: %1 of %2</source>
        <translation>Members: %1 of %2</translation>
    </message>
    <message>
        <source>Sales: day %1 of %2, %3 lines</source>
        <translation>Sales: day %1 of %2, %3 lines</translation>
    </message>
    <message>
        <source>Loaded %1 sales with %2 lines; verifying…</source>
        <translation>Loaded %1 sales with %2 lines; verifying…</translation>
    </message>
    <message>
        <source>Demo data check failed: %1</source>
        <translation>Demo data check failed: %1</translation>
    </message>
</context>
<context>
    <name>patron::DeviceFileTransport</name>
    <message>
        <source>There is no printer at %1. Check that it is plugged in and switched on.</source>
        <translation>There is no printer at %1. Check that it is plugged in and switched on.</translation>
    </message>
    <message>
        <source>This user may not write to %1 (on Linux, join the lp group).</source>
        <translation>This user may not write to %1 (on Linux, join the lp group).</translation>
    </message>
    <message>
        <source>The printer at %1 is in use by another program.</source>
        <translation>The printer at %1 is in use by another program.</translation>
    </message>
    <message>
        <source>%1 is full.</source>
        <translation>%1 is full.</translation>
    </message>
    <message>
        <source>Writing to the printer at %1 failed %2: %3</source>
        <translation>Writing to the printer at %1 failed %2: %3</translation>
    </message>
    <message>
        <source>while opening</source>
        <translation>while opening</translation>
    </message>
    <message>
        <source>The printer at %1 stopped taking data in the middle of the job (%2 of %3 bytes sent). Check paper and cover, then print again.</source>
        <translation>The printer at %1 stopped taking data in the middle of the job (%2 of %3 bytes sent). Check paper and cover, then print again.</translation>
    </message>
    <message>
        <source>in the middle of the job</source>
        <translation>in the middle of the job</translation>
    </message>
</context>
<context>
    <name>patron::HqCatalog</name>
    <message>
        <source>A product needs a code and a name.</source>
        <translation>A product needs a code and a name.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>A price cannot be negative.</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 and 100%.</source>
        <translation>The tax rate must be between 0 and 100%.</translation>
    </message>
    <message>
        <source>A promotion needs a code and a name.</source>
        <translation>A promotion needs a code and a name.</translation>
    </message>
    <message>
        <source>A rule needs a key.</source>
        <translation>A rule needs a key.</translation>
    </message>
</context>
<context>
    <name>patron::HqClient</name>
    <message>
        <source>Head office sent a reply this till does not understand.</source>
        <translation>Head office sent a reply this till does not understand.</translation>
    </message>
    <message>
        <source>Enter a mobile or card number to look up.</source>
        <translation>Enter a mobile or card number to look up.</translation>
    </message>
    <message>
        <source>Head office needs schema version %1 for this; run "patron-cli hq init" there.</source>
        <translation>Head office needs schema version %1 for this; run "patron-cli hq init" there.</translation>
    </message>
</context>
<context>
    <name>patron::HqPromotion</name>
    <message>
        <source>A head-office promotion needs a code.</source>
        <translation>A head-office promotion needs a code.</translation>
    </message>
    <message>
        <source>A promotion needs a product or a category.</source>
        <translation>A promotion needs a product or a category.</translation>
    </message>
</context>
<context>
    <name>patron::HqPromotions</name>
    <message>
        <source>Head office has no running promotion %1.</source>
        <translation>Head office has no running promotion %1.</translation>
    </message>
</context>
<context>
    <name>patron::HqProvisioning</name>
    <message>
        <source>%1 must be 1 to 16 letters, digits, '-' or '_' (got "%2").</source>
        <translation>%1 must be 1 to 16 letters, digits, '-' or '_' (got "%2").</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 exists already.</translation>
    </message>
    <message>
        <source>%1 does not exist at head office.</source>
        <translation>%1 does not exist at head office.</translation>
    </message>
    <message>
        <source>The store code</source>
        <translation>The store code</translation>
    </message>
    <message>
        <source>The store needs a name.</source>
        <translation>The store needs a name.</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Store %1</translation>
    </message>
    <message>
        <source>The till code</source>
        <translation>The till code</translation>
    </message>
    <message>
        <source>Till %1 in store %2</source>
        <translation>Till %1 in store %2</translation>
    </message>
</context>
<context>
    <name>patron::HqReturnAuthority</name>
    <message>
        <source>Receipt %1 is from another store or till. Returning it needs head office, which cannot be reached now; try again when the till is online.</source>
        <translation>Receipt %1 is from another store or till. Returning it needs head office, which cannot be reached now; try again when the till is online.</translation>
    </message>
    <message>
        <source>Line %1: head office has %2 of %3 returned already across the stores; only %4 can still be returned.</source>
        <translation>Line %1: head office has %2 of %3 returned already across the stores; only %4 can still be returned.</translation>
    </message>
    <message>
        <source>Head office refused the return: a line is not on the receipt.</source>
        <translation>Head office refused the return: a line is not on the receipt.</translation>
    </message>
    <message>
        <source>Asking head office for receipt %1…</source>
        <translation>Asking head office for receipt %1…</translation>
    </message>
    <message>
        <source>Receipt %1 is from another store or till: type the total printed on it, head office checks it before it hands the sale over.</source>
        <translation>Receipt %1 is from another store or till: type the total printed on it, head office checks it before it hands the sale over.</translation>
    </message>
    <message>
        <source>Asking head office to hold the items coming back…</source>
        <translation>Asking head office to hold the items coming back…</translation>
    </message>
    <message>
        <source>Letting head office know the return did not go ahead…</source>
        <translation>Letting head office know the return did not go ahead…</translation>
    </message>
</context>
<context>
    <name>patron::HqReturnsClient</name>
    <message>
        <source>Head office sent a reply this till does not understand.</source>
        <translation>Head office sent a reply this till does not understand.</translation>
    </message>
    <message>
        <source>Head office needs schema version 8 for returns across stores; run "patron-cli hq init" there.</source>
        <translation>Head office needs schema version 8 for returns across stores; run "patron-cli hq init" there.</translation>
    </message>
    <message>
        <source>Head office refuses receipt look-ups from this till for now: too many receipts were asked for with a wrong number or total in the last hour. Try again later, or ask head office.</source>
        <translation>Head office refuses receipt look-ups from this till for now: too many receipts were asked for with a wrong number or total in the last hour. Try again later, or ask head office.</translation>
    </message>
</context>
<context>
    <name>patron::HqReview</name>
    <message>
        <source>Say how the conflict was resolved.</source>
        <translation>Say how the conflict was resolved.</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>There is no open conflict %1.</translation>
    </message>
</context>
<context>
    <name>patron::HqSchema</name>
    <message>
        <source>Head office has schema version %1; this program knows up to %2. Upgrade Patron first.</source>
        <translation>Head office has schema version %1; this program knows up to %2. Upgrade Patron first.</translation>
    </message>
</context>
<context>
    <name>patron::HqWalletReservation</name>
    <message>
        <source>Head office has %1 of this member's stored value left for the chain; it cannot pay %2. Another store may have spent it.</source>
        <translation>Head office has %1 of this member's stored value left for the chain; it cannot pay %2. Another store may have spent it.</translation>
    </message>
    <message>
        <source>Asking head office to hold the stored value…</source>
        <translation>Asking head office to hold the stored value…</translation>
    </message>
    <message>
        <source>Letting head office know the sale did not complete…</source>
        <translation>Letting head office know the sale did not complete…</translation>
    </message>
</context>
<context>
    <name>patron::ImportProblems</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
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
    <name>patron::LineShares</name>
    <message>
        <source>A sale line's shares of its payments are damaged in the store: "%1".</source>
        <translation>A sale line's shares of its payments are damaged in the store: "%1".</translation>
    </message>
</context>
<context>
    <name>patron::MemberMerge</name>
    <message>
        <source>"%1" is not a profile field; use %2.</source>
        <translation>"%1" is not a profile field; use %2.</translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>There is no member with the id %1.</translation>
    </message>
    <message>
        <source>Member %1 was erased and cannot be merged.</source>
        <translation>Member %1 was erased and cannot be merged.</translation>
    </message>
    <message>
        <source>Member %1 was already merged into member %2; merge into that member instead.</source>
        <translation>Member %1 was already merged into member %2; merge into that member instead.</translation>
    </message>
    <message>
        <source>Member %1 was already merged into member %2.</source>
        <translation>Member %1 was already merged into member %2.</translation>
    </message>
    <message>
        <source>%1 may not merge members: it moves points and stored value, which needs a manager.</source>
        <translation>%1 may not merge members: it moves points and stored value, which needs a manager.</translation>
    </message>
    <message>
        <source>A member cannot be merged into itself.</source>
        <translation>A member cannot be merged into itself.</translation>
    </message>
</context>
<context>
    <name>patron::Members</name>
    <message>
        <source>There is no count card %1.</source>
        <translation>There is no count card %1.</translation>
    </message>
    <message>
        <source>A count card is for one product: give its SKU.</source>
        <translation>A count card is for one product: give its SKU.</translation>
    </message>
    <message>
        <source>A count card has 1 to 1000 uses.</source>
        <translation>A count card has 1 to 1000 uses.</translation>
    </message>
    <message>
        <source>The validity cannot be negative.</source>
        <translation>The validity cannot be negative.</translation>
    </message>
    <message>
        <source>There is no active member with the id %1.</source>
        <translation>There is no active member with the id %1.</translation>
    </message>
    <message>
        <source>Count card %1 (%2) has no uses left.</source>
        <translation>Count card %1 (%2) has no uses left.</translation>
    </message>
    <message>
        <source>Count card %1 (%2) expired on %3.</source>
        <translation>Count card %1 (%2) expired on %3.</translation>
    </message>
    <message>
        <source>Count card %1 was used up meanwhile.</source>
        <translation>Count card %1 was used up meanwhile.</translation>
    </message>
    <message>
        <source>%1 may not sell count cards.</source>
        <translation>%1 may not sell count cards.</translation>
    </message>
    <message>
        <source>%1 may not use count cards.</source>
        <translation>%1 may not use count cards.</translation>
    </message>
    <message>
        <source>There is no coupon %1.</source>
        <translation>There is no coupon %1.</translation>
    </message>
    <message>
        <source>There is no coupon template %1.</source>
        <translation>There is no coupon template %1.</translation>
    </message>
    <message>
        <source>Coupon %1 belongs to another member.</source>
        <translation>Coupon %1 belongs to another member.</translation>
    </message>
    <message>
        <source>Coupon %1 was already used.</source>
        <translation>Coupon %1 was already used.</translation>
    </message>
    <message>
        <source>Coupon %1 expired on %2.</source>
        <translation>Coupon %1 expired on %2.</translation>
    </message>
    <message>
        <source>Coupon %1 is no longer valid.</source>
        <translation>Coupon %1 is no longer valid.</translation>
    </message>
    <message>
        <source>Coupon %1 needs a spend of %2.</source>
        <translation>Coupon %1 needs a spend of %2.</translation>
    </message>
    <message>
        <source>Coupon %1 was used meanwhile.</source>
        <translation>Coupon %1 was used meanwhile.</translation>
    </message>
    <message>
        <source>%1 may not issue coupons.</source>
        <translation>%1 may not issue coupons.</translation>
    </message>
    <message>
        <source>%1 may not issue coupons to a segment.</source>
        <translation>%1 may not issue coupons to a segment.</translation>
    </message>
    <message>
        <source>%1 may not change the loyalty rules.</source>
        <translation>%1 may not change the loyalty rules.</translation>
    </message>
    <message>
        <source>There is no version %1 of the loyalty rules.</source>
        <translation>There is no version %1 of the loyalty rules.</translation>
    </message>
    <message>
        <source>%1.%2 must be a whole number from %3 to %4.</source>
        <translation>%1.%2 must be a whole number from %3 to %4.</translation>
    </message>
    <message>
        <source>%1.%2 must be text.</source>
        <translation>%1.%2 must be text.</translation>
    </message>
    <message>
        <source>%1.%2 must be true or false.</source>
        <translation>%1.%2 must be true or false.</translation>
    </message>
    <message>
        <source>%1.%2 must be a date like 2026-05-01.</source>
        <translation>%1.%2 must be a date like 2026-05-01.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>The rules need at least one tier.</source>
        <translation>The rules need at least one tier.</translation>
    </message>
    <message>
        <source>tiers[%1] needs a code.</source>
        <translation>tiers[%1] needs a code.</translation>
    </message>
    <message>
        <source>The tier code %1 appears twice.</source>
        <translation>The tier code %1 appears twice.</translation>
    </message>
    <message>
        <source>Two tiers have the rank %1.</source>
        <translation>Two tiers have the rank %1.</translation>
    </message>
    <message>
        <source>The lowest tier (%1) is where every member starts: it cannot have thresholds.</source>
        <translation>The lowest tier (%1) is where every member starts: it cannot have thresholds.</translation>
    </message>
    <message>
        <source>points.category_multipliers_bps.%1 must be a whole number of basis points.</source>
        <translation>points.category_multipliers_bps.%1 must be a whole number of basis points.</translation>
    </message>
    <message>
        <source>points.campaigns[%1] ends before it starts.</source>
        <translation>points.campaigns[%1] ends before it starts.</translation>
    </message>
    <message>
        <source>points.expiry must be never, rolling or year_end.</source>
        <translation>points.expiry must be never, rolling or year_end.</translation>
    </message>
    <message>
        <source>wallet.spend_order must be proportional, principal_first or bonus_first.</source>
        <translation>wallet.spend_order must be proportional, principal_first or bonus_first.</translation>
    </message>
    <message>
        <source>coupons.templates[%1].kind must be amount_off, percent_off or product.</source>
        <translation>coupons.templates[%1].kind must be amount_off, percent_off or product.</translation>
    </message>
    <message>
        <source>coupons.templates[%1] needs a code of its own.</source>
        <translation>coupons.templates[%1] needs a code of its own.</translation>
    </message>
    <message>
        <source>coupons.templates[%1] is product-specific but lists no SKUs.</source>
        <translation>coupons.templates[%1] is product-specific but lists no SKUs.</translation>
    </message>
    <message>
        <source>The coupon template %1 is named but not defined.</source>
        <translation>The coupon template %1 is named but not defined.</translation>
    </message>
    <message>
        <source>gifts[%1] needs a code of its own.</source>
        <translation>gifts[%1] needs a code of its own.</translation>
    </message>
    <message>
        <source>%1 may not import members.</source>
        <translation>%1 may not import members.</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least mobile and name.</source>
        <translation>The first line must name the columns, with at least mobile and name.</translation>
    </message>
    <message>
        <source>"%1" is not a date (use 1990-07-01).</source>
        <translation>"%1" is not a date (use 1990-07-01).</translation>
    </message>
    <message>
        <source>"%1" is not a date (use 2024-01-31).</source>
        <translation>"%1" is not a date (use 2024-01-31).</translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>There is no member with the id %1.</translation>
    </message>
    <message>
        <source>Member %1 was erased and can no longer be used.</source>
        <translation>Member %1 was erased and can no longer be used.</translation>
    </message>
    <message>
        <source>A new member needs a mobile number and a name.</source>
        <translation>A new member needs a mobile number and a name.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>The name cannot be empty.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>A name has at most %1 characters.</translation>
    </message>
    <message>
        <source>"%1" is not a mobile number (11 digits starting 13 to 19).</source>
        <translation>"%1" is not a mobile number (11 digits starting 13 to 19).</translation>
    </message>
    <message>
        <source>The mobile number %1 belongs to another member.</source>
        <translation>The mobile number %1 belongs to another member.</translation>
    </message>
    <message>
        <source>A card number has 4 to 32 letters or digits.</source>
        <translation>A card number has 4 to 32 letters or digits.</translation>
    </message>
    <message>
        <source>The card %1 belongs to another member.</source>
        <translation>The card %1 belongs to another member.</translation>
    </message>
    <message>
        <source>Gender is f, m or empty (got "%1").</source>
        <translation>Gender is f, m or empty (got "%1").</translation>
    </message>
    <message>
        <source>The birthday cannot be in the future.</source>
        <translation>The birthday cannot be in the future.</translation>
    </message>
    <message>
        <source>"%1" is not an e-mail address.</source>
        <translation>"%1" is not an e-mail address.</translation>
    </message>
    <message>
        <source>The referrer %1 is not another member.</source>
        <translation>The referrer %1 is not another member.</translation>
    </message>
    <message>
        <source>%1 may not register members.</source>
        <translation>%1 may not register members.</translation>
    </message>
    <message>
        <source>%1 may not edit members.</source>
        <translation>%1 may not edit members.</translation>
    </message>
    <message>
        <source>%1 may not set payment PINs.</source>
        <translation>%1 may not set payment PINs.</translation>
    </message>
    <message>
        <source>No member has the mobile, card or id "%1".</source>
        <translation>No member has the mobile, card or id "%1".</translation>
    </message>
    <message>
        <source>"%1" is not a coupon number.</source>
        <translation>"%1" is not a coupon number.</translation>
    </message>
    <message>
        <source>Coupon %1 does not apply to this cart (it needs a spend of %2 on the goods it covers).</source>
        <translation>Coupon %1 does not apply to this cart (it needs a spend of %2 on the goods it covers).</translation>
    </message>
    <message>
        <source>The member has only %1 points.</source>
        <translation>The member has only %1 points.</translation>
    </message>
    <message>
        <source>At least %1 points are needed to pay with points.</source>
        <translation>At least %1 points are needed to pay with points.</translation>
    </message>
    <message>
        <source>At most %1 points can pay for this order.</source>
        <translation>At most %1 points can pay for this order.</translation>
    </message>
    <message>
        <source>Points are used in steps of %1.</source>
        <translation>Points are used in steps of %1.</translation>
    </message>
    <message>
        <source>The member has no stored value.</source>
        <translation>The member has no stored value.</translation>
    </message>
    <message>
        <source>The member's stored value is only %1.</source>
        <translation>The member's stored value is only %1.</translation>
    </message>
    <message>
        <source>The points' value changed while paying; quote again.</source>
        <translation>The points' value changed while paying; quote again.</translation>
    </message>
    <message>
        <source>Points for sale %1 were already earned.</source>
        <translation>Points for sale %1 were already earned.</translation>
    </message>
    <message>
        <source>Enter how many points to redeem.</source>
        <translation>Enter how many points to redeem.</translation>
    </message>
    <message>
        <source>At least %1 points must be redeemed at a time.</source>
        <translation>At least %1 points must be redeemed at a time.</translation>
    </message>
    <message>
        <source>Points are redeemed in steps of %1 (a whole fen).</source>
        <translation>Points are redeemed in steps of %1 (a whole fen).</translation>
    </message>
    <message>
        <source>At most %1 points can pay this order.</source>
        <translation>At most %1 points can pay this order.</translation>
    </message>
    <message>
        <source>The returned share must be between 0 and 1.</source>
        <translation>The returned share must be between 0 and 1.</translation>
    </message>
    <message>
        <source>Points to reverse cannot be negative.</source>
        <translation>Points to reverse cannot be negative.</translation>
    </message>
    <message>
        <source>The return would reverse more points than the sale earned or redeemed (left: %1 earned, %2 redeemed).</source>
        <translation>The return would reverse more points than the sale earned or redeemed (left: %1 earned, %2 redeemed).</translation>
    </message>
    <message>
        <source>%1 may not adjust points.</source>
        <translation>%1 may not adjust points.</translation>
    </message>
    <message>
        <source>A points adjustment needs a reason.</source>
        <translation>A points adjustment needs a reason.</translation>
    </message>
    <message>
        <source>An adjustment of zero points changes nothing.</source>
        <translation>An adjustment of zero points changes nothing.</translation>
    </message>
    <message>
        <source>%1 may not redeem gifts.</source>
        <translation>%1 may not redeem gifts.</translation>
    </message>
    <message>
        <source>There is no gift with the code %1.</source>
        <translation>There is no gift with the code %1.</translation>
    </message>
    <message>
        <source>%1 needs %2 points; the member has %3.</source>
        <translation>%1 needs %2 points; the member has %3.</translation>
    </message>
    <message>
        <source>%1 is out of stock.</source>
        <translation>%1 is out of stock.</translation>
    </message>
    <message>
        <source>%1 may not export member data.</source>
        <translation>%1 may not export member data.</translation>
    </message>
    <message>
        <source>%1 may not erase members.</source>
        <translation>%1 may not erase members.</translation>
    </message>
    <message>
        <source>Important value</source>
        <translation>Important value</translation>
    </message>
    <message>
        <source>Important to win back</source>
        <translation>Important to win back</translation>
    </message>
    <message>
        <source>Important to develop</source>
        <translation>Important to develop</translation>
    </message>
    <message>
        <source>Important to retain</source>
        <translation>Important to retain</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Maintain</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Already in the highest tier.</source>
        <translation>Already in the highest tier.</translation>
    </message>
    <message>
        <source>spend %1 more</source>
        <translation>spend %1 more</translation>
    </message>
    <message>
        <source>earn %1 more points</source>
        <translation>earn %1 more points</translation>
    </message>
    <message>
        <source>top up %1 at once</source>
        <translation>top up %1 at once</translation>
    </message>
    <message>
        <source>%1 to reach %2.</source>
        <translation>%1 to reach %2.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>The stored value balance is %1; it cannot pay %2.</source>
        <translation>The stored value balance is %1; it cannot pay %2.</translation>
    </message>
    <message>
        <source>Without head office, stored value can pay at most %1 at a time.</source>
        <translation>Without head office, stored value can pay at most %1 at a time.</translation>
    </message>
    <message>
        <source>A top-up must be more than zero.</source>
        <translation>A top-up must be more than zero.</translation>
    </message>
    <message>
        <source>Say how the top-up was paid (a tender code).</source>
        <translation>Say how the top-up was paid (a tender code).</translation>
    </message>
    <message>
        <source>Top-up bonus</source>
        <translation>Top-up bonus</translation>
    </message>
    <message>
        <source>%1 may not take top-ups.</source>
        <translation>%1 may not take top-ups.</translation>
    </message>
    <message>
        <source>A stored-value payment must be more than zero.</source>
        <translation>A stored-value payment must be more than zero.</translation>
    </message>
    <message>
        <source>Stored value needs a payment PIN; the member has not set one yet.</source>
        <translation>Stored value needs a payment PIN; the member has not set one yet.</translation>
    </message>
    <message>
        <source>The member's payment PIN is wrong.</source>
        <translation>The member's payment PIN is wrong.</translation>
    </message>
    <message>
        <source>Sale %1 was not paid with stored value.</source>
        <translation>Sale %1 was not paid with stored value.</translation>
    </message>
    <message>
        <source>Nothing to refund.</source>
        <translation>Nothing to refund.</translation>
    </message>
    <message>
        <source>Only %1 of stored value is left to refund on this sale.</source>
        <translation>Only %1 of stored value is left to refund on this sale.</translation>
    </message>
    <message>
        <source>%1 may not refund top-ups.</source>
        <translation>%1 may not refund top-ups.</translation>
    </message>
    <message>
        <source>There is no top-up %1.</source>
        <translation>There is no top-up %1.</translation>
    </message>
    <message>
        <source>Top-up %1 was already refunded.</source>
        <translation>Top-up %1 was already refunded.</translation>
    </message>
    <message>
        <source>Nothing of this top-up is left to refund.</source>
        <translation>Nothing of this top-up is left to refund.</translation>
    </message>
    <message>
        <source>count_cards[%1] needs a SKU of its own.</source>
        <translation>count_cards[%1] needs a SKU of its own.</translation>
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
    <message>
        <source>"%1" is not a quantity (up to three decimals).</source>
        <translation>"%1" is not a quantity (up to three decimals).</translation>
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
    <name>patron::PgConnection</name>
    <message>
        <source>Out of memory while connecting to head office.</source>
        <translation>Out of memory while connecting to head office.</translation>
    </message>
    <message>
        <source>Head office refused this till's login: %1</source>
        <translation>Head office refused this till's login: %1</translation>
    </message>
    <message>
        <source>Head office is not reachable: %1</source>
        <translation>Head office is not reachable: %1</translation>
    </message>
    <message>
        <source>The connection to head office was lost: %1</source>
        <translation>The connection to head office was lost: %1</translation>
    </message>
    <message>
        <source>Head office does not allow this: %1</source>
        <translation>Head office does not allow this: %1</translation>
    </message>
    <message>
        <source>Head office is not available: %1</source>
        <translation>Head office is not available: %1</translation>
    </message>
    <message>
        <source>Head office refused the request: %1</source>
        <translation>Head office refused the request: %1</translation>
    </message>
    <message>
        <source>Not connected to head office.</source>
        <translation>Not connected to head office.</translation>
    </message>
</context>
<context>
    <name>patron::PriceListCsv</name>
    <message>
        <source>%1 may not edit the catalog.</source>
        <translation>%1 may not edit the catalog.</translation>
    </message>
    <message>
        <source>Line 1: unknown column "%1". A price list has the columns sku (or barcode), price and member_price.</source>
        <translation>Line 1: unknown column "%1". A price list has the columns sku (or barcode), price and member_price.</translation>
    </message>
    <message>
        <source>Line 1: a price list needs a sku column and a price or member_price column.</source>
        <translation>Line 1: a price list needs a sku column and a price or member_price column.</translation>
    </message>
    <message>
        <source>The row has no SKU.</source>
        <translation>The row has no SKU.</translation>
    </message>
    <message>
        <source>%1 "%2" is not an amount of money.</source>
        <translation>%1 "%2" is not an amount of money.</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>member price</source>
        <translation>member price</translation>
    </message>
    <message>
        <source>%1 is already on line %2 of this list.</source>
        <translation>%1 is already on line %2 of this list.</translation>
    </message>
    <message>
        <source>The file has a header but no prices.</source>
        <translation>The file has a header but no prices.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was scheduled.</source>
        <translation>The import was cancelled; nothing was scheduled.</translation>
    </message>
</context>
<context>
    <name>patron::PriceSchedule</name>
    <message>
        <source>The effective time is not a valid date and time.</source>
        <translation>The effective time is not a valid date and time.</translation>
    </message>
    <message>
        <source>The effective time %1 has passed; leave it empty to change the price now.</source>
        <translation>The effective time %1 has passed; leave it empty to change the price now.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>There is no product %1.</translation>
    </message>
    <message>
        <source>The price change for %1 changes nothing: give a retail or a member price.</source>
        <translation>The price change for %1 changes nothing: give a retail or a member price.</translation>
    </message>
    <message>
        <source>Prices of product %1 cannot be negative.</source>
        <translation>Prices of product %1 cannot be negative.</translation>
    </message>
    <message>
        <source>The member price of %1 would be above its retail price.</source>
        <translation>The member price of %1 would be above its retail price.</translation>
    </message>
    <message>
        <source>Product %1 already has price change #%2 for that time; cancel it first.</source>
        <translation>Product %1 already has price change #%2 for that time; cancel it first.</translation>
    </message>
    <message>
        <source>%1 may not edit the catalog.</source>
        <translation>%1 may not edit the catalog.</translation>
    </message>
    <message>
        <source>A price change needs at least one product.</source>
        <translation>A price change needs at least one product.</translation>
    </message>
    <message>
        <source>There is no price change #%1.</source>
        <translation>There is no price change #%1.</translation>
    </message>
    <message>
        <source>Price change #%1 is %2, not pending: only a pending change can be cancelled.</source>
        <translation>Price change #%1 is %2, not pending: only a pending change can be cancelled.</translation>
    </message>
    <message>
        <source>Price change #%1 took effect at %2; it can no longer be cancelled.</source>
        <translation>Price change #%1 took effect at %2; it can no longer be cancelled.</translation>
    </message>
</context>
<context>
    <name>patron::PrintJob</name>
    <message>
        <source>The printer at %1 stopped responding in the middle of the job. Check paper and cover, then print again.</source>
        <translation>The printer at %1 stopped responding in the middle of the job. Check paper and cover, then print again.</translation>
    </message>
    <message>
        <source>The last receipt may be incomplete.</source>
        <translation>The last receipt may be incomplete.</translation>
    </message>
</context>
<context>
    <name>patron::PrinterProfile</name>
    <message>
        <source>Unknown printer character set "%1": use gb18030, cp437 or cp858.</source>
        <translation>Unknown printer character set "%1": use gb18030, cp437 or cp858.</translation>
    </message>
</context>
<context>
    <name>patron::PrinterStatus</name>
    <message>
        <source>The printer is out of paper. Load a new roll and print again.</source>
        <translation>The printer is out of paper. Load a new roll and print again.</translation>
    </message>
    <message>
        <source>The printer cover is open. Close it and print again.</source>
        <translation>The printer cover is open. Close it and print again.</translation>
    </message>
    <message>
        <source>The printer is offline. Check that it is switched on and ready.</source>
        <translation>The printer is offline. Check that it is switched on and ready.</translation>
    </message>
</context>
<context>
    <name>patron::PrinterTestPage</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>If this page reads well and was cut, the printer is set up.</source>
        <translation>If this page reads well and was cut, the printer is set up.</translation>
    </message>
</context>
<context>
    <name>patron::PrinterTransport</name>
    <message>
        <source>%1 cannot report the printer's status.</source>
        <translation>%1 cannot report the printer's status.</translation>
    </message>
</context>
<context>
    <name>patron::PrinterTransportFactory</name>
    <message>
        <source>winspool:// printers exist only on Windows; use cups://%1 here.</source>
        <translation>winspool:// printers exist only on Windows; use cups://%1 here.</translation>
    </message>
</context>
<context>
    <name>patron::PrinterUri</name>
    <message>
        <source>The printer address "%1" is not valid: %2</source>
        <translation>The printer address "%1" is not valid: %2</translation>
    </message>
    <message>
        <source>No receipt printer is set up.</source>
        <translation>No receipt printer is set up.</translation>
    </message>
    <message>
        <source>it needs a scheme such as tcp://, serial://, file:// or cups://.</source>
        <translation>it needs a scheme such as tcp://, serial://, file:// or cups://.</translation>
    </message>
    <message>
        <source>it needs a host name or IP address.</source>
        <translation>it needs a host name or IP address.</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535.</source>
        <translation>the port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>it needs a serial port such as /dev/ttyUSB0 or COM3.</source>
        <translation>it needs a serial port such as /dev/ttyUSB0 or COM3.</translation>
    </message>
    <message>
        <source>the baud rate must be a number such as 9600 or 115200.</source>
        <translation>the baud rate must be a number such as 9600 or 115200.</translation>
    </message>
    <message>
        <source>flow must be none, rtscts or xonxoff.</source>
        <translation>flow must be none, rtscts or xonxoff.</translation>
    </message>
    <message>
        <source>it needs a device path such as /dev/usb/lp0.</source>
        <translation>it needs a device path such as /dev/usb/lp0.</translation>
    </message>
    <message>
        <source>it needs a printer queue name.</source>
        <translation>it needs a printer queue name.</translation>
    </message>
    <message>
        <source>the scheme "%1" is not one of tcp, serial, file, cups, winspool.</source>
        <translation>the scheme "%1" is not one of tcp, serial, file, cups, winspool.</translation>
    </message>
</context>
<context>
    <name>patron::ProductCsv</name>
    <message>
        <source>%1 may not edit the catalog.</source>
        <translation>%1 may not edit the catalog.</translation>
    </message>
    <message>
        <source>Line 1: unknown column "%1". Known columns: sku, name, barcodes, plu, category, unit, price, member_price, cost, tax_percent, weighed, open_price, active, initials.</source>
        <translation>Line 1: unknown column "%1". Known columns: sku, name, barcodes, plu, category, unit, price, member_price, cost, tax_percent, weighed, open_price, active, initials.</translation>
    </message>
    <message>
        <source>Line 1: the file needs at least the columns sku and name.</source>
        <translation>Line 1: the file needs at least the columns sku and name.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>%1 "%2" is not an amount of money.</source>
        <translation>%1 "%2" is not an amount of money.</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>member price</source>
        <translation>member price</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>cost</translation>
    </message>
    <message>
        <source>tax "%1" is not a percentage between 0 and 100.</source>
        <translation>tax "%1" is not a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>"%1" is not yes/no (1/0, 是/否).</source>
        <translation>"%1" is not yes/no (1/0, 是/否).</translation>
    </message>
</context>
<context>
    <name>patron::Promotion</name>
    <message>
        <source>A promotion needs a name.</source>
        <translation>A promotion needs a name.</translation>
    </message>
    <message>
        <source>A promotion needs a product or a category.</source>
        <translation>A promotion needs a product or a category.</translation>
    </message>
    <message>
        <source>A percent-off promotion takes between 0% and 100% off.</source>
        <translation>A percent-off promotion takes between 0% and 100% off.</translation>
    </message>
    <message>
        <source>An amount-off promotion needs an amount.</source>
        <translation>An amount-off promotion needs an amount.</translation>
    </message>
    <message>
        <source>A multibuy needs a quantity of at least 2 and a bundle price.</source>
        <translation>A multibuy needs a quantity of at least 2 and a bundle price.</translation>
    </message>
    <message>
        <source>Buy X get Y needs X and Y of at least 1.</source>
        <translation>Buy X get Y needs X and Y of at least 1.</translation>
    </message>
    <message>
        <source>A promotion must end after it starts.</source>
        <translation>A promotion must end after it starts.</translation>
    </message>
    <message>
        <source>Weekdays are digits 1 (Monday) to 7 (Sunday).</source>
        <translation>Weekdays are digits 1 (Monday) to 7 (Sunday).</translation>
    </message>
    <message>
        <source>A time window needs both a start and an end.</source>
        <translation>A time window needs both a start and an end.</translation>
    </message>
    <message>
        <source>%1 may not edit promotions.</source>
        <translation>%1 may not edit promotions.</translation>
    </message>
    <message>
        <source>The promotion's product or category does not exist.</source>
        <translation>The promotion's product or category does not exist.</translation>
    </message>
    <message>
        <source>There is no running promotion %1.</source>
        <translation>There is no running promotion %1.</translation>
    </message>
</context>
<context>
    <name>patron::PromotionPullHandler</name>
    <message>
        <source>This till does not understand the promotion's terms.</source>
        <translation>This till does not understand the promotion's terms.</translation>
    </message>
    <message>
        <source>There is no product %1 at this till.</source>
        <translation>There is no product %1 at this till.</translation>
    </message>
    <message>
        <source>There is no category %1 at this till.</source>
        <translation>There is no category %1 at this till.</translation>
    </message>
</context>
<context>
    <name>patron::QuickKeys</name>
    <message>
        <source>Quick-key positions run from 1 to %1.</source>
        <translation>Quick-key positions run from 1 to %1.</translation>
    </message>
    <message>
        <source>%1 may not arrange the quick keys.</source>
        <translation>%1 may not arrange the quick keys.</translation>
    </message>
    <message>
        <source>A quick-key label has at most %1 characters.</source>
        <translation>A quick-key label has at most %1 characters.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>There is no product %1.</translation>
    </message>
    <message>
        <source>Product %1 is inactive; activate it before putting it on a quick key.</source>
        <translation>Product %1 is inactive; activate it before putting it on a quick key.</translation>
    </message>
    <message>
        <source>Quick key %1 is empty.</source>
        <translation>Quick key %1 is empty.</translation>
    </message>
</context>
<context>
    <name>patron::ReceiptBranding</name>
    <message>
        <source>%1 may not change the receipt settings.</source>
        <translation>%1 may not change the receipt settings.</translation>
    </message>
</context>
<context>
    <name>patron::ReceiptBuilder</name>
    <message>
        <source>There is no sale with receipt number %1.</source>
        <translation>There is no sale with receipt number %1.</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>Member price</translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation>Member discount</translation>
    </message>
    <message>
        <source>Points (%1)</source>
        <translation>Points (%1)</translation>
    </message>
    <message>
        <source>Day end (Z) %1</source>
        <translation>Day end (Z) %1</translation>
    </message>
    <message>
        <source>Day so far (X) %1</source>
        <translation>Day so far (X) %1</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Voided carts</source>
        <translation>Voided carts</translation>
    </message>
    <message>
        <source>By tender</source>
        <translation>By tender</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Stored-value top-up</source>
        <translation>Stored-value top-up</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Paid in</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Credited</translation>
    </message>
    <message>
        <source>Stored value now</source>
        <translation>Stored value now</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Bonus points</translation>
    </message>
    <message>
        <source>Points for a gift</source>
        <translation>Points for a gift</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Ledger entry</source>
        <translation>Ledger entry</translation>
    </message>
    <message>
        <source>There is no top-up %1.</source>
        <translation>There is no top-up %1.</translation>
    </message>
    <message>
        <source>There is no gift redemption %1.</source>
        <translation>There is no gift redemption %1.</translation>
    </message>
    <message numerus="yes">
        <source>, %n refund(s)</source>
        <translation><numerusform>, %n refund</numerusform><numerusform>, %n refunds</numerusform></translation>
    </message>
</context>
<context>
    <name>patron::ReceiptLayouter</name>
    <message>
        <source>Sales receipt</source>
        <translation>Sales receipt</translation>
    </message>
    <message>
        <source>Return slip</source>
        <translation>Return slip</translation>
    </message>
    <message>
        <source>Stored value top-up</source>
        <translation>Stored value top-up</translation>
    </message>
    <message>
        <source>Gift redemption</source>
        <translation>Gift redemption</translation>
    </message>
    <message>
        <source>Shift report (X)</source>
        <translation>Shift report (X)</translation>
    </message>
    <message>
        <source>Day-end report (Z)</source>
        <translation>Day-end report (Z)</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>Printer test page</translation>
    </message>
    <message>
        <source>Tel: %1</source>
        <translation>Tel: %1</translation>
    </message>
    <message>
        <source>*** COPY (reprint) ***</source>
        <translation>*** COPY (reprint) ***</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>Original receipt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Points earned</translation>
    </message>
    <message>
        <source>Points used</source>
        <translation>Points used</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Points balance</translation>
    </message>
    <message>
        <source>Stored value used</source>
        <translation>Stored value used</translation>
    </message>
    <message>
        <source>Stored value balance</source>
        <translation>Stored value balance</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>Tax ID: %1</translation>
    </message>
</context>
<context>
    <name>patron::Reports</name>
    <message>
        <source>A report needs a valid start and end date (YYYY-MM-DD).</source>
        <translation>A report needs a valid start and end date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>The start date %1 is after the end date %2.</translation>
    </message>
    <message>
        <source>The first month must not be after the last month.</source>
        <translation>The first month must not be after the last month.</translation>
    </message>
    <message>
        <source>At most %1 months can be shown at once.</source>
        <translation>At most %1 months can be shown at once.</translation>
    </message>
    <message>
        <source>The number of products must be at least 1.</source>
        <translation>The number of products must be at least 1.</translation>
    </message>
    <message>
        <source>Member activity can be shown for at most %1 days at once.</source>
        <translation>Member activity can be shown for at most %1 days at once.</translation>
    </message>
</context>
<context>
    <name>patron::ResyncGate</name>
    <message>
        <source>This till was restored from a backup and must sync with head office before it sells again. Connect it to the network and run a sync.</source>
        <translation>This till was restored from a backup and must sync with head office before it sells again. Connect it to the network and run a sync.</translation>
    </message>
</context>
<context>
    <name>patron::ReturnOriginal</name>
    <message>
        <source>Receipt %1 has two payments numbered %2; it cannot be returned until the store is repaired.</source>
        <translation>Receipt %1 has two payments numbered %2; it cannot be returned until the store is repaired.</translation>
    </message>
    <message>
        <source>Receipt %1 has a line share of payment %2, which the sale does not have; it cannot be returned until the store is repaired.</source>
        <translation>Receipt %1 has a line share of payment %2, which the sale does not have; it cannot be returned until the store is repaired.</translation>
    </message>
</context>
<context>
    <name>patron::Returns</name>
    <message>
        <source>There is no sale with receipt number %1.</source>
        <translation>There is no sale with receipt number %1.</translation>
    </message>
    <message>
        <source>A return needs a supervisor or manager (permission refund).</source>
        <translation>A return needs a supervisor or manager (permission refund).</translation>
    </message>
    <message>
        <source>A return needs a reason.</source>
        <translation>A return needs a reason.</translation>
    </message>
    <message>
        <source>%1 is a return slip; a return cannot be returned.</source>
        <translation>%1 is a return slip; a return cannot be returned.</translation>
    </message>
    <message>
        <source>Receipt %1 has no line %2.</source>
        <translation>Receipt %1 has no line %2.</translation>
    </message>
    <message>
        <source>Line %1: only %2 of %3 can still be returned.</source>
        <translation>Line %1: only %2 of %3 can still be returned.</translation>
    </message>
    <message>
        <source>Line %1 is sold by the piece: return whole units.</source>
        <translation>Line %1 is sold by the piece: return whole units.</translation>
    </message>
    <message>
        <source>Line %1 is listed twice.</source>
        <translation>Line %1 is listed twice.</translation>
    </message>
    <message>
        <source>Everything on receipt %1 has been returned already.</source>
        <translation>Everything on receipt %1 has been returned already.</translation>
    </message>
    <message>
        <source>Open a shift before taking a return.</source>
        <translation>Open a shift before taking a return.</translation>
    </message>
    <message>
        <source>A return without a receipt needs a manager (permission refund.noreceipt).</source>
        <translation>A return without a receipt needs a manager (permission refund.noreceipt).</translation>
    </message>
    <message>
        <source>Name at least one product to return.</source>
        <translation>Name at least one product to return.</translation>
    </message>
    <message>
        <source>Returns without a receipt refund only in cash or a voucher (setting returns.no_receipt_tender).</source>
        <translation>Returns without a receipt refund only in cash or a voucher (setting returns.no_receipt_tender).</translation>
    </message>
    <message>
        <source>%1: the quantity must be more than 0 (whole units unless weighed).</source>
        <translation>%1: the quantity must be more than 0 (whole units unless weighed).</translation>
    </message>
    <message>
        <source>Receipt %1 changed while head office was asked; try the return again.</source>
        <translation>Receipt %1 changed while head office was asked; try the return again.</translation>
    </message>
    <message>
        <source>Receipt %1 was paid with a member's stored value or points, but the member is not known at this till.</source>
        <translation>Receipt %1 was paid with a member's stored value or points, but the member is not known at this till.</translation>
    </message>
    <message>
        <source>There is no sale with receipt number %1 and total %2.</source>
        <translation>There is no sale with receipt number %1 and total %2.</translation>
    </message>
</context>
<context>
    <name>patron::Sales</name>
    <message>
        <source>Coupon %1 cannot be used: this store has no membership.</source>
        <translation>Coupon %1 cannot be used: this store has no membership.</translation>
    </message>
    <message>
        <source>Points cannot be used: this store has no membership.</source>
        <translation>Points cannot be used: this store has no membership.</translation>
    </message>
    <message>
        <source>Stored value cannot be used: this store has no membership.</source>
        <translation>Stored value cannot be used: this store has no membership.</translation>
    </message>
</context>
<context>
    <name>patron::SalesSchema</name>
    <message>
        <source>The sale lines' payment shares cannot be moved onto the lines: %1. The store was not changed.</source>
        <translation>The sale lines' payment shares cannot be moved onto the lines: %1. The store was not changed.</translation>
    </message>
    <message>
        <source>two payments of one sale have the same number</source>
        <translation>two payments of one sale have the same number</translation>
    </message>
    <message>
        <source>%1 of %2 shares do not belong to a payment of their line's sale</source>
        <translation>%1 of %2 shares do not belong to a payment of their line's sale</translation>
    </message>
</context>
<context>
    <name>patron::ScaleBarcode</name>
    <message>
        <source>Scale label layout "%1" is not usable: %2</source>
        <translation>Scale label layout "%1" is not usable: %2</translation>
    </message>
    <message>
        <source>flags must be written as text, e.g. "21".</source>
        <translation>flags must be written as text, e.g. "21".</translation>
    </message>
    <message>
        <source>the pattern must have 1 to %1 letters.</source>
        <translation>the pattern must have 1 to %1 letters.</translation>
    </message>
    <message>
        <source>'%1' is not a pattern letter (F, C, M, W, X, K).</source>
        <translation>'%1' is not a pattern letter (F, C, M, W, X, K).</translation>
    </message>
    <message>
        <source>the check digit K must be the last letter.</source>
        <translation>the check digit K must be the last letter.</translation>
    </message>
    <message>
        <source>the pattern needs flag (F) and PLU (C) digits.</source>
        <translation>the pattern needs flag (F) and PLU (C) digits.</translation>
    </message>
    <message>
        <source>the pattern needs amount (M) or weight (W) digits.</source>
        <translation>the pattern needs amount (M) or weight (W) digits.</translation>
    </message>
    <message>
        <source>amount and weight may have at most %1 digits.</source>
        <translation>amount and weight may have at most %1 digits.</translation>
    </message>
    <message>
        <source>it needs at least one flag.</source>
        <translation>it needs at least one flag.</translation>
    </message>
    <message>
        <source>flag "%1" must be %2 digits, like the F letters of the pattern.</source>
        <translation>flag "%1" must be %2 digits, like the F letters of the pattern.</translation>
    </message>
    <message>
        <source>The scale label layouts are not a JSON list: %1</source>
        <translation>The scale label layouts are not a JSON list: %1</translation>
    </message>
    <message>
        <source>expected [ … ]</source>
        <translation>expected [ … ]</translation>
    </message>
    <message>
        <source>Each scale label layout must be a JSON object.</source>
        <translation>Each scale label layout must be a JSON object.</translation>
    </message>
    <message>
        <source>flag %1 of this %2-digit layout is also claimed by layout "%3".</source>
        <translation>flag %1 of this %2-digit layout is also claimed by layout "%3".</translation>
    </message>
    <message>
        <source>13-digit price label</source>
        <translation>13-digit price label</translation>
    </message>
    <message>
        <source>18-digit amount and weight label</source>
        <translation>18-digit amount and weight label</translation>
    </message>
    <message>
        <source>Scale label %1 has a wrong check digit: scan it again or reprint the label.</source>
        <translation>Scale label %1 has a wrong check digit: scan it again or reprint the label.</translation>
    </message>
    <message>
        <source>%1 is not a scale label of this store.</source>
        <translation>%1 is not a scale label of this store.</translation>
    </message>
</context>
<context>
    <name>patron::ScanClassifier</name>
    <message>
        <source>Scanner setting %1 must be a whole number from %2 to %3.</source>
        <translation>Scanner setting %1 must be a whole number from %2 to %3.</translation>
    </message>
</context>
<context>
    <name>patron::ScanRouter</name>
    <message>
        <source>Member card prefixes must be a list, e.g. ["8800"].</source>
        <translation>Member card prefixes must be a list, e.g. ["8800"].</translation>
    </message>
    <message>
        <source>A member card prefix must be non-empty text, e.g. "8800".</source>
        <translation>A member card prefix must be non-empty text, e.g. "8800".</translation>
    </message>
    <message>
        <source>The member card length must be 0 (any) to %1.</source>
        <translation>The member card length must be 0 (any) to %1.</translation>
    </message>
    <message>
        <source>The member QR prefix must not be empty.</source>
        <translation>The member QR prefix must not be empty.</translation>
    </message>
    <message>
        <source>The scan was empty.</source>
        <translation>The scan was empty.</translation>
    </message>
    <message>
        <source>This member QR code carries no card number.</source>
        <translation>This member QR code carries no card number.</translation>
    </message>
    <message>
        <source>%1 looks like a customer's payment code. Scan it on the payment screen.</source>
        <translation>%1 looks like a customer's payment code. Scan it on the payment screen.</translation>
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
    <name>patron::SerialScanner</name>
    <message>
        <source>There is no serial port %1. Check that the scanner is plugged in.</source>
        <translation>There is no serial port %1. Check that the scanner is plugged in.</translation>
    </message>
    <message>
        <source>The serial port %1 is in use or not allowed for this user (on Linux, join the dialout group).</source>
        <translation>The serial port %1 is in use or not allowed for this user (on Linux, join the dialout group).</translation>
    </message>
    <message>
        <source>The scanner on %1 went away %2 (unplugged?).</source>
        <translation>The scanner on %1 went away %2 (unplugged?).</translation>
    </message>
    <message>
        <source>The scanner on %1 failed %2: %3</source>
        <translation>The scanner on %1 failed %2: %3</translation>
    </message>
    <message>
        <source>No serial port is set for the scanner.</source>
        <translation>No serial port is set for the scanner.</translation>
    </message>
    <message>
        <source>while opening</source>
        <translation>while opening</translation>
    </message>
    <message>
        <source>The serial port %1 refused %2 baud.</source>
        <translation>The serial port %1 refused %2 baud.</translation>
    </message>
    <message>
        <source>while reading</source>
        <translation>while reading</translation>
    </message>
</context>
<context>
    <name>patron::SerialTransport</name>
    <message>
        <source>There is no serial port %1. Check that the printer is plugged in.</source>
        <translation>There is no serial port %1. Check that the printer is plugged in.</translation>
    </message>
    <message>
        <source>The serial port %1 is in use or not allowed for this user (on Linux, join the dialout group).</source>
        <translation>The serial port %1 is in use or not allowed for this user (on Linux, join the dialout group).</translation>
    </message>
    <message>
        <source>The serial port %1 went away %2 (unplugged?).</source>
        <translation>The serial port %1 went away %2 (unplugged?).</translation>
    </message>
    <message>
        <source>The serial printer on %1 failed %2: %3</source>
        <translation>The serial printer on %1 failed %2: %3</translation>
    </message>
    <message>
        <source>while opening</source>
        <translation>while opening</translation>
    </message>
    <message>
        <source>while setting %1 baud</source>
        <translation>while setting %1 baud</translation>
    </message>
    <message>
        <source>while printing</source>
        <translation>while printing</translation>
    </message>
    <message>
        <source>in the middle of the job</source>
        <translation>in the middle of the job</translation>
    </message>
    <message>
        <source>The printer on %1 stopped taking data in the middle of the job (%2 of %3 bytes sent). Check paper and cover, then print again.</source>
        <translation>The printer on %1 stopped taking data in the middle of the job (%2 of %3 bytes sent). Check paper and cover, then print again.</translation>
    </message>
    <message>
        <source>while reading its status</source>
        <translation>while reading its status</translation>
    </message>
    <message>
        <source>The printer on %1 did not answer within %2 ms.</source>
        <translation>The printer on %1 did not answer within %2 ms.</translation>
    </message>
    <message>
        <source>The printer on %1 did not take the end of the job.</source>
        <translation>The printer on %1 did not take the end of the job.</translation>
    </message>
</context>
<context>
    <name>patron::Shift</name>
    <message>
        <source>%1 may not open shifts.</source>
        <translation>%1 may not open shifts.</translation>
    </message>
    <message>
        <source>The float cannot be negative.</source>
        <translation>The float cannot be negative.</translation>
    </message>
    <message>
        <source>%1's shift is still open on this till; close it first.</source>
        <translation>%1's shift is still open on this till; close it first.</translation>
    </message>
    <message>
        <source>%1 may not move cash.</source>
        <translation>%1 may not move cash.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>Cash in and out need a reason.</source>
        <translation>Cash in and out need a reason.</translation>
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation>No shift is open on this till.</translation>
    </message>
    <message>
        <source>The drawer should hold only %1.</source>
        <translation>The drawer should hold only %1.</translation>
    </message>
    <message>
        <source>%1 may not close shifts.</source>
        <translation>%1 may not close shifts.</translation>
    </message>
    <message>
        <source>Counted cash cannot be negative.</source>
        <translation>Counted cash cannot be negative.</translation>
    </message>
    <message>
        <source>%1 may not close the day.</source>
        <translation>%1 may not close the day.</translation>
    </message>
    <message>
        <source>Close %1's shift before the day-end (Z) report.</source>
        <translation>Close %1's shift before the day-end (Z) report.</translation>
    </message>
    <message>
        <source>The day-end (Z) report for %1 was already made.</source>
        <translation>The day-end (Z) report for %1 was already made.</translation>
    </message>
    <message>
        <source>There is no day-end report for %1.</source>
        <translation>There is no day-end report for %1.</translation>
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
    <message>
        <source>Internal error (a bug in Patron): %1. Nothing was saved.</source>
        <translation>Internal error (a bug in Patron): %1. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>patron::StoreCompaction</name>
    <message>
        <source>Compacting needs about %1 MB free on %2 (twice the store); %3 MB are free. Nothing was changed.</source>
        <translation>Compacting needs about %1 MB free on %2 (twice the store); %3 MB are free. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>patron::SyncConfig</name>
    <message>
        <source>The head-office connection string is empty.</source>
        <translation>The head-office connection string is empty.</translation>
    </message>
    <message>
        <source>"%1" is not an sslmode; use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>"%1" is not an sslmode; use disable, allow, prefer, require, verify-ca or verify-full.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>The certificate file %1 cannot be read.</translation>
    </message>
    <message>
        <source>A client certificate needs both --sslcert and --sslkey.</source>
        <translation>A client certificate needs both --sslcert and --sslkey.</translation>
    </message>
</context>
<context>
    <name>patron::TcpTransport</name>
    <message>
        <source>The printer at %1 refused the connection. Check that it is switched on and that the address and port are right.</source>
        <translation>The printer at %1 refused the connection. Check that it is switched on and that the address and port are right.</translation>
    </message>
    <message>
        <source>The printer host %1 was not found.</source>
        <translation>The printer host %1 was not found.</translation>
    </message>
    <message>
        <source>The printer at %1 closed the connection %2.</source>
        <translation>The printer at %1 closed the connection %2.</translation>
    </message>
    <message>
        <source>The network to the printer at %1 is down.</source>
        <translation>The network to the printer at %1 is down.</translation>
    </message>
    <message>
        <source>The printer at %1 failed %2: %3</source>
        <translation>The printer at %1 failed %2: %3</translation>
    </message>
    <message>
        <source>The printer at %1 did not answer within %2 seconds. Check the cable, the network and the printer's address.</source>
        <translation>The printer at %1 did not answer within %2 seconds. Check the cable, the network and the printer's address.</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>while connecting</translation>
    </message>
    <message>
        <source>in the middle of the job</source>
        <translation>in the middle of the job</translation>
    </message>
    <message>
        <source>The printer at %1 stopped taking data in the middle of the job (%2 of %3 bytes sent). Check paper and cover, then print again.</source>
        <translation>The printer at %1 stopped taking data in the middle of the job (%2 of %3 bytes sent). Check paper and cover, then print again.</translation>
    </message>
    <message>
        <source>while printing</source>
        <translation>while printing</translation>
    </message>
    <message>
        <source>The printer at %1 did not answer within %2 ms.</source>
        <translation>The printer at %1 did not answer within %2 ms.</translation>
    </message>
    <message>
        <source>while reading its status</source>
        <translation>while reading its status</translation>
    </message>
    <message>
        <source>The printer at %1 did not take the end of the job.</source>
        <translation>The printer at %1 did not take the end of the job.</translation>
    </message>
</context>
<context>
    <name>patron::Tender</name>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Prepaid voucher</source>
        <translation>Prepaid voucher</translation>
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
    <message>
        <source>%1 may not give or change the role %2: it is above their own role.</source>
        <translation>%1 may not give or change the role %2: it is above their own role.</translation>
    </message>
    <message>
        <source>%1 is the last active administrator and must stay one; make another user an administrator first.</source>
        <translation>%1 is the last active administrator and must stay one; make another user an administrator first.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
</context>
<context>
    <name>patron::WindowsSpoolerTransport</name>
    <message>
        <source>The Windows printer "%1" failed %2 (error %3).</source>
        <translation>The Windows printer "%1" failed %2 (error %3).</translation>
    </message>
    <message>
        <source>to open</source>
        <translation>to open</translation>
    </message>
    <message>
        <source>to start the job</source>
        <translation>to start the job</translation>
    </message>
    <message>
        <source>to start the page</source>
        <translation>to start the page</translation>
    </message>
    <message>
        <source>while printing</source>
        <translation>while printing</translation>
    </message>
    <message>
        <source>to end the job</source>
        <translation>to end the job</translation>
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
    <message>
        <source>This command needs the head-office connection: --dsn DSN or PATRON_HQ_DSN.</source>
        <translation>This command needs the head-office connection: --dsn DSN or PATRON_HQ_DSN.</translation>
    </message>
    <message>
        <source>"%1" is not an sslmode; use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>"%1" is not an sslmode; use disable, allow, prefer, require, verify-ca or verify-full.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 needs --%2.</translation>
    </message>
    <message>
        <source>Head office is up to date (schema version %1).</source>
        <translation>Head office is up to date (schema version %1).</translation>
    </message>
    <message>
        <source>Head office schema: version %1 → %2.</source>
        <translation>Head office schema: version %1 → %2.</translation>
    </message>
    <message>
        <source>Head office has no Patron schema yet: run "patron-cli hq init".</source>
        <translation>Head office has no Patron schema yet: run "patron-cli hq init".</translation>
    </message>
    <message numerus="yes">
        <source>Schema version %1, %n store(s), TLS %2</source>
        <translation><numerusform>Schema version %1, %n store, TLS %2</numerusform><numerusform>Schema version %1, %n stores, TLS %2</numerusform></translation>
    </message>
    <message>
        <source>Events %1: %2</source>
        <translation>Events %1: %2</translation>
    </message>
    <message>
        <source>Open conflicts: %1</source>
        <translation>Open conflicts: %1</translation>
    </message>
    <message>
        <source>Added store %1 (%2).</source>
        <translation>Added store %1 (%2).</translation>
    </message>
    <message>
        <source>Added till %1 to store %2 (role %3).
On the till, run once (the password is not shown again):
  patron-cli sync configure --dsn "%4" --sslrootcert CA.pem</source>
        <translation>Added till %1 to store %2 (role %3).
On the till, run once (the password is not shown again):
  patron-cli sync configure --dsn "%4" --sslrootcert CA.pem</translation>
    </message>
    <message>
        <source>Till %1 of store %2 is revoked: it can no longer log in or push.</source>
        <translation>Till %1 of store %2 is revoked: it can no longer log in or push.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1  %2  (%3 till(s))</source>
        <translation>%1  %2  (%3 till(s))</translation>
    </message>
    <message>
        <source>last push %1</source>
        <translation>last push %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revoked %1</translation>
    </message>
    <message>
        <source>#%1 %2 member %3 %4 %5</source>
        <translation>#%1 %2 member %3 %4 %5</translation>
    </message>
    <message>
        <source>%1/%2 clock off by %3 ms at %4</source>
        <translation>%1/%2 clock off by %3 ms at %4</translation>
    </message>
    <message>
        <source>--id takes a conflict number.</source>
        <translation>--id takes a conflict number.</translation>
    </message>
    <message>
        <source>Conflict #%1 resolved.</source>
        <translation>Conflict #%1 resolved.</translation>
    </message>
    <message>
        <source>Re-applied kept events: %1</source>
        <translation>Re-applied kept events: %1</translation>
    </message>
    <message>
        <source>--tax-rate-bp takes basis points, e.g. 1300 for 13%.</source>
        <translation>--tax-rate-bp takes basis points, e.g. 1300 for 13%.</translation>
    </message>
    <message>
        <source>Product %1 saved at head office; tills receive it on their next pull.</source>
        <translation>Product %1 saved at head office; tills receive it on their next pull.</translation>
    </message>
    <message>
        <source>--value must be JSON, e.g. 2, true, "text" or {"rate": 100}.</source>
        <translation>--value must be JSON, e.g. 2, true, "text" or {"rate": 100}.</translation>
    </message>
    <message>
        <source>Rule %1 saved at head office.</source>
        <translation>Rule %1 saved at head office.</translation>
    </message>
    <message>
        <source>Create or upgrade the head-office schema (safe to repeat)</source>
        <translation>Create or upgrade the head-office schema (safe to repeat)</translation>
    </message>
    <message>
        <source>Head-office schema version, stores, events, open conflicts</source>
        <translation>Head-office schema version, stores, events, open conflicts</translation>
    </message>
    <message>
        <source>Register a store</source>
        <translation>Register a store</translation>
    </message>
    <message>
        <source>Register a till and create its login role; prints its DSN once</source>
        <translation>Register a till and create its login role; prints its DSN once</translation>
    </message>
    <message>
        <source>Revoke a till (stolen or retired): it can no longer log in or push</source>
        <translation>Revoke a till (stolen or retired): it can no longer log in or push</translation>
    </message>
    <message>
        <source>List stores</source>
        <translation>List stores</translation>
    </message>
    <message>
        <source>List tills, their roles and last push</source>
        <translation>List tills, their roles and last push</translation>
    </message>
    <message>
        <source>List duplicate members and negative balances found while merging</source>
        <translation>List duplicate members and negative balances found while merging</translation>
    </message>
    <message>
        <source>Mark a conflict resolved, saying how</source>
        <translation>Mark a conflict resolved, saying how</translation>
    </message>
    <message>
        <source>List events kept but not applied</source>
        <translation>List events kept but not applied</translation>
    </message>
    <message>
        <source>Apply kept events again after an upgrade</source>
        <translation>Apply kept events again after an upgrade</translation>
    </message>
    <message>
        <source>Tills whose clocks drifted beyond the threshold</source>
        <translation>Tills whose clocks drifted beyond the threshold</translation>
    </message>
    <message>
        <source>Create or change a product centrally</source>
        <translation>Create or change a product centrally</translation>
    </message>
    <message>
        <source>Set a loyalty or store rule centrally</source>
        <translation>Set a loyalty or store rule centrally</translation>
    </message>
    <message>
        <source>List central rules</source>
        <translation>List central rules</translation>
    </message>
    <message>
        <source>"%1" is not a date like 1990-07-01.</source>
        <translation>"%1" is not a date like 1990-07-01.</translation>
    </message>
    <message>
        <source>--%1 is yes or no.</source>
        <translation>--%1 is yes or no.</translation>
    </message>
    <message>
        <source>member add needs MOBILE and NAME.</source>
        <translation>member add needs MOBILE and NAME.</translation>
    </message>
    <message>
        <source>Registered %1 (id:%2, card %3).</source>
        <translation>Registered %1 (id:%2, card %3).</translation>
    </message>
    <message>
        <source>member find needs one QUERY (mobile, last 4 digits, card, QR, name or initials).</source>
        <translation>member find needs one QUERY (mobile, last 4 digits, card, QR, name or initials).</translation>
    </message>
    <message>
        <source>No member found.</source>
        <translation>No member found.</translation>
    </message>
    <message>
        <source>member show needs MEMBER.</source>
        <translation>member show needs MEMBER.</translation>
    </message>
    <message>
        <source>%1  id:%2  %3  card %4
Tier %5  points %6  stored value %7 (principal %8, bonus %9)</source>
        <translation>%1  id:%2  %3  card %4
Tier %5  points %6  stored value %7 (principal %8, bonus %9)</translation>
    </message>
    <message>
        <source>member edit needs MEMBER and the fields to change.</source>
        <translation>member edit needs MEMBER and the fields to change.</translation>
    </message>
    <message>
        <source>Member id:%1 updated.</source>
        <translation>Member id:%1 updated.</translation>
    </message>
    <message>
        <source>member erase needs MEMBER and --reason TEXT.</source>
        <translation>member erase needs MEMBER and --reason TEXT.</translation>
    </message>
    <message>
        <source>Member id:%1 erased: personal data removed, ledgers kept.</source>
        <translation>Member id:%1 erased: personal data removed, ledgers kept.</translation>
    </message>
    <message>
        <source>member export-data needs MEMBER.</source>
        <translation>member export-data needs MEMBER.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote everything about member id:%1 to %2.</source>
        <translation>Wrote everything about member id:%1 to %2.</translation>
    </message>
    <message>
        <source>member import needs a CSV FILE.</source>
        <translation>member import needs a CSV FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Imported %1 members (%2).</source>
        <translation>Imported %1 members (%2).</translation>
    </message>
    <message>
        <source>member export needs an output FILE.</source>
        <translation>member export needs an output FILE.</translation>
    </message>
    <message>
        <source>%1 may not export members.</source>
        <translation>%1 may not export members.</translation>
    </message>
    <message>
        <source>Exported %1 members to %2.</source>
        <translation>Exported %1 members to %2.</translation>
    </message>
    <message>
        <source>topup needs MEMBER AMOUNT --pay TENDER.</source>
        <translation>topup needs MEMBER AMOUNT --pay TENDER.</translation>
    </message>
    <message>
        <source>Topped up %1 (bonus %2). Balance %3.</source>
        <translation>Topped up %1 (bonus %2). Balance %3.</translation>
    </message>
    <message>
        <source>topup-refund needs the top-up's ENTRY uuid.</source>
        <translation>topup-refund needs the top-up's ENTRY uuid.</translation>
    </message>
    <message>
        <source>"%1" is not an entry uuid.</source>
        <translation>"%1" is not an entry uuid.</translation>
    </message>
    <message>
        <source>Refund %1 to the customer.</source>
        <translation>Refund %1 to the customer.</translation>
    </message>
    <message>
        <source>redeem needs MEMBER --gift CODE.</source>
        <translation>redeem needs MEMBER --gift CODE.</translation>
    </message>
    <message>
        <source>Gift redeemed for %1 points.</source>
        <translation>Gift redeemed for %1 points.</translation>
    </message>
    <message>
        <source>points adjust needs MEMBER DELTA --reason TEXT (DELTA like 100 or -50).</source>
        <translation>points adjust needs MEMBER DELTA --reason TEXT (DELTA like 100 or -50).</translation>
    </message>
    <message>
        <source>Points adjusted by %1; balance %2.</source>
        <translation>Points adjusted by %1; balance %2.</translation>
    </message>
    <message>
        <source>coupon template add needs --code CODE and --value (an amount, or a percentage for percent_off).</source>
        <translation>coupon template add needs --code CODE and --value (an amount, or a percentage for percent_off).</translation>
    </message>
    <message>
        <source>Coupon template %1 saved (rules version %2).</source>
        <translation>Coupon template %1 saved (rules version %2).</translation>
    </message>
    <message>
        <source>coupon issue needs TEMPLATE MEMBER, or TEMPLATE --segment SEGMENT.</source>
        <translation>coupon issue needs TEMPLATE MEMBER, or TEMPLATE --segment SEGMENT.</translation>
    </message>
    <message>
        <source>"%1" is not an RFM segment.</source>
        <translation>"%1" is not an RFM segment.</translation>
    </message>
    <message>
        <source>Issued %1 coupons to %2.</source>
        <translation>Issued %1 coupons to %2.</translation>
    </message>
    <message>
        <source>Coupon %1 issued (id %2).</source>
        <translation>Coupon %1 issued (id %2).</translation>
    </message>
    <message>
        <source>Count card %1 (%2 uses) added.</source>
        <translation>Count card %1 (%2 uses) added.</translation>
    </message>
    <message>
        <source>countcard use needs the card's numeric ID.</source>
        <translation>countcard use needs the card's numeric ID.</translation>
    </message>
    <message>
        <source>Used; %1 left.</source>
        <translation>Used; %1 left.</translation>
    </message>
    <message>
        <source>rules set needs a JSON FILE.</source>
        <translation>rules set needs a JSON FILE.</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>Loyalty rules version %1 is in force.</source>
        <translation>Loyalty rules version %1 is in force.</translation>
    </message>
    <message>
        <source>%1 may not run the tier evaluation.</source>
        <translation>%1 may not run the tier evaluation.</translation>
    </message>
    <message>
        <source>%1 tier changes, %2 points expired, %3 birthday coupons.</source>
        <translation>%1 tier changes, %2 points expired, %3 birthday coupons.</translation>
    </message>
    <message>
        <source>report needs one of rfm, birthdays, dormant, liability, tiers, growth, campaign.</source>
        <translation>report needs one of rfm, birthdays, dormant, liability, tiers, growth, campaign.</translation>
    </message>
    <message>
        <source>%1 may not view reports.</source>
        <translation>%1 may not view reports.</translation>
    </message>
    <message>
        <source>Stored value owed: principal %1, bonus %2 (%3 members).</source>
        <translation>Stored value owed: principal %1, bonus %2 (%3 members).</translation>
    </message>
    <message>
        <source>--channel is sms or email.</source>
        <translation>--channel is sms or email.</translation>
    </message>
    <message>
        <source>Unknown report "%1".</source>
        <translation>Unknown report "%1".</translation>
    </message>
    <message>
        <source>Register a member</source>
        <translation>Register a member</translation>
    </message>
    <message>
        <source>Find members by mobile, last 4 digits, card, QR, name or initials</source>
        <translation>Find members by mobile, last 4 digits, card, QR, name or initials</translation>
    </message>
    <message>
        <source>Show a member with balances, coupons and the next tier</source>
        <translation>Show a member with balances, coupons and the next tier</translation>
    </message>
    <message>
        <source>Edit a member</source>
        <translation>Edit a member</translation>
    </message>
    <message>
        <source>Erase a member's personal data</source>
        <translation>Erase a member's personal data</translation>
    </message>
    <message>
        <source>Export everything about one member (JSON)</source>
        <translation>Export everything about one member (JSON)</translation>
    </message>
    <message>
        <source>Import members from CSV (UTF-8 or GBK)</source>
        <translation>Import members from CSV (UTF-8 or GBK)</translation>
    </message>
    <message>
        <source>Export members to CSV</source>
        <translation>Export members to CSV</translation>
    </message>
    <message>
        <source>Top up stored value</source>
        <translation>Top up stored value</translation>
    </message>
    <message>
        <source>Refund a top-up (principal only)</source>
        <translation>Refund a top-up (principal only)</translation>
    </message>
    <message>
        <source>Redeem points for a gift</source>
        <translation>Redeem points for a gift</translation>
    </message>
    <message>
        <source>Adjust a member's points</source>
        <translation>Adjust a member's points</translation>
    </message>
    <message>
        <source>Add or replace a coupon template</source>
        <translation>Add or replace a coupon template</translation>
    </message>
    <message>
        <source>Issue a coupon to a member or an RFM segment</source>
        <translation>Issue a coupon to a member or an RFM segment</translation>
    </message>
    <message>
        <source>List coupon templates, or a member's coupons</source>
        <translation>List coupon templates, or a member's coupons</translation>
    </message>
    <message>
        <source>Sell a count card</source>
        <translation>Sell a count card</translation>
    </message>
    <message>
        <source>Use a count card once</source>
        <translation>Use a count card once</translation>
    </message>
    <message>
        <source>Show the loyalty rules</source>
        <translation>Show the loyalty rules</translation>
    </message>
    <message>
        <source>Set the loyalty rules (a new version)</source>
        <translation>Set the loyalty rules (a new version)</translation>
    </message>
    <message>
        <source>Run the daily tier, points-expiry and birthday-coupon jobs</source>
        <translation>Run the daily tier, points-expiry and birthday-coupon jobs</translation>
    </message>
    <message>
        <source>Member reports</source>
        <translation>Member reports</translation>
    </message>
    <message>
        <source>printer test takes one printer address, e.g. tcp://192.168.1.50:9100.</source>
        <translation>printer test takes one printer address, e.g. tcp://192.168.1.50:9100.</translation>
    </message>
    <message>
        <source>No printer given and none set up: printer test URI (tcp://, serial://, file://, cups://).</source>
        <translation>No printer given and none set up: printer test URI (tcp://, serial://, file://, cups://).</translation>
    </message>
    <message>
        <source>--columns must be 32 (58 mm paper) or 48 (80 mm paper).</source>
        <translation>--columns must be 32 (58 mm paper) or 48 (80 mm paper).</translation>
    </message>
    <message>
        <source>Sent the test page to %1 (%2 bytes).</source>
        <translation>Sent the test page to %1 (%2 bytes).</translation>
    </message>
    <message>
        <source>The paper roll is nearly empty.</source>
        <translation>The paper roll is nearly empty.</translation>
    </message>
    <message>
        <source>drawer open takes no arguments besides --printer URI.</source>
        <translation>drawer open takes no arguments besides --printer URI.</translation>
    </message>
    <message>
        <source>No printer given and none set up: drawer open --printer URI.</source>
        <translation>No printer given and none set up: drawer open --printer URI.</translation>
    </message>
    <message>
        <source>%1 may not open the drawer without a sale.</source>
        <translation>%1 may not open the drawer without a sale.</translation>
    </message>
    <message>
        <source>Opened the cash drawer on %1 (no sale, recorded for %2).</source>
        <translation>Opened the cash drawer on %1 (no sale, recorded for %2).</translation>
    </message>
    <message>
        <source>Print a test page (Chinese and English text, barcode, QR code, cut)</source>
        <translation>Print a test page (Chinese and English text, barcode, QR code, cut)</translation>
    </message>
    <message>
        <source>Open the cash drawer without a sale (needs drawer.nosale; audited)</source>
        <translation>Open the cash drawer without a sale (needs drawer.nosale; audited)</translation>
    </message>
    <message>
        <source>--%1 "%2" is not an amount of money, e.g. 12.50.</source>
        <translation>--%1 "%2" is not an amount of money, e.g. 12.50.</translation>
    </message>
    <message>
        <source>--tax-percent "%1" is not a percentage between 0 and 100.</source>
        <translation>--tax-percent "%1" is not a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>Give either --member-price or --no-member-price.</source>
        <translation>Give either --member-price or --no-member-price.</translation>
    </message>
    <message>
        <source>Give either --barcode or --no-barcodes.</source>
        <translation>Give either --barcode or --no-barcodes.</translation>
    </message>
    <message>
        <source>Give either --%1 or --%2.</source>
        <translation>Give either --%1 or --%2.</translation>
    </message>
    <message>
        <source>Member price: %1</source>
        <translation>Member price: %1</translation>
    </message>
    <message>
        <source>Barcodes: %1</source>
        <translation>Barcodes: %1</translation>
    </message>
    <message>
        <source>PLU: %1</source>
        <translation>PLU: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <source>Initials: %1</source>
        <translation>Initials: %1</translation>
    </message>
    <message>
        <source>Sold by weight.</source>
        <translation>Sold by weight.</translation>
    </message>
    <message>
        <source>The till asks for the price.</source>
        <translation>The till asks for the price.</translation>
    </message>
    <message>
        <source>Inactive: not sold, not found by search.</source>
        <translation>Inactive: not sold, not found by search.</translation>
    </message>
    <message>
        <source>product add needs --sku SKU, --name NAME and --price PRICE (or --open-price).</source>
        <translation>product add needs --sku SKU, --name NAME and --price PRICE (or --open-price).</translation>
    </message>
    <message>
        <source>Added product %1.</source>
        <translation>Added product %1.</translation>
    </message>
    <message>
        <source>product edit needs one SKU or barcode, then the fields to change.</source>
        <translation>product edit needs one SKU or barcode, then the fields to change.</translation>
    </message>
    <message>
        <source>Changed product %1.</source>
        <translation>Changed product %1.</translation>
    </message>
    <message>
        <source>product import needs one CSV FILE.</source>
        <translation>product import needs one CSV FILE.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was imported.</source>
        <translation><numerusform>%n row have problems; nothing was imported.</numerusform><numerusform>%n rows have problems; nothing was imported.</numerusform></translation>
    </message>
    <message>
        <source>Imported %1 rows from %2: %3 added, %4 updated.</source>
        <translation>Imported %1 rows from %2: %3 added, %4 updated.</translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) skipped:</source>
        <translation><numerusform>%n bad row skipped:</numerusform><numerusform>%n bad rows skipped:</numerusform></translation>
    </message>
    <message>
        <source>product export needs one FILE to write.</source>
        <translation>product export needs one FILE to write.</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>The export could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Exported %1 products to %2.</source>
        <translation>Exported %1 products to %2.</translation>
    </message>
    <message>
        <source>product find needs a QUERY: a barcode, PLU, SKU, part of the name or its initials.</source>
        <translation>product find needs a QUERY: a barcode, PLU, SKU, part of the name or its initials.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 1000.</source>
        <translation>--limit must be a number from 1 to 1000.</translation>
    </message>
    <message>
        <source>Nothing matches "%1".</source>
        <translation>Nothing matches "%1".</translation>
    </message>
    <message>
        <source>product show needs one SKU, barcode or PLU.</source>
        <translation>product show needs one SKU, barcode or PLU.</translation>
    </message>
    <message>
        <source>quickkey set needs a POSITION number and a SKU.</source>
        <translation>quickkey set needs a POSITION number and a SKU.</translation>
    </message>
    <message>
        <source>Quick key %1 is now %2 (%3).</source>
        <translation>Quick key %1 is now %2 (%3).</translation>
    </message>
    <message>
        <source>quickkey clear needs a POSITION number.</source>
        <translation>quickkey clear needs a POSITION number.</translation>
    </message>
    <message>
        <source>Quick key %1 is empty now.</source>
        <translation>Quick key %1 is empty now.</translation>
    </message>
    <message>
        <source>quickkey list takes no arguments.</source>
        <translation>quickkey list takes no arguments.</translation>
    </message>
    <message>
        <source>No quick keys are set.</source>
        <translation>No quick keys are set.</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Add a product</translation>
    </message>
    <message>
        <source>Change a product</source>
        <translation>Change a product</translation>
    </message>
    <message>
        <source>Import products from a CSV file (UTF-8 or GBK)</source>
        <translation>Import products from a CSV file (UTF-8 or GBK)</translation>
    </message>
    <message>
        <source>Export all products to a CSV file</source>
        <translation>Export all products to a CSV file</translation>
    </message>
    <message>
        <source>Search by barcode, PLU, SKU, name or pinyin initials</source>
        <translation>Search by barcode, PLU, SKU, name or pinyin initials</translation>
    </message>
    <message>
        <source>Show one product</source>
        <translation>Show one product</translation>
    </message>
    <message>
        <source>Put a product on a quick key (goods without a barcode)</source>
        <translation>Put a product on a quick key (goods without a barcode)</translation>
    </message>
    <message>
        <source>Empty a quick key</source>
        <translation>Empty a quick key</translation>
    </message>
    <message>
        <source>List the quick keys with name and price</source>
        <translation>List the quick keys with name and price</translation>
    </message>
    <message>
        <source>Give the range with --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>Give the range with --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>report sales takes no positional arguments.</source>
        <translation>report sales takes no positional arguments.</translation>
    </message>
    <message>
        <source>--by must be one of %1.</source>
        <translation>--by must be one of %1.</translation>
    </message>
    <message>
        <source>%1 to %2: %3 sales, net %4 (previous period %5)</source>
        <translation>%1 to %2: %3 sales, net %4 (previous period %5)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>report top takes no positional arguments.</source>
        <translation>report top takes no positional arguments.</translation>
    </message>
    <message>
        <source>--limit must be a whole number of at least 1.</source>
        <translation>--limit must be a whole number of at least 1.</translation>
    </message>
    <message>
        <source>Whole months %1 to %2:</source>
        <translation>Whole months %1 to %2:</translation>
    </message>
    <message>
        <source>report dashboard takes no positional arguments.</source>
        <translation>report dashboard takes no positional arguments.</translation>
    </message>
    <message>
        <source>--day must be a date (YYYY-MM-DD).</source>
        <translation>--day must be a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%1: net %2 in %3 sales (average %4), %5 with a member, %6 returns (%7), discounts %8</source>
        <translation>%1: net %2 in %3 sales (average %4), %5 with a member, %6 returns (%7), discounts %8</translation>
    </message>
    <message>
        <source>Sales over a date range, broken down, with the previous period of the same length</source>
        <translation>Sales over a date range, broken down, with the previous period of the same length</translation>
    </message>
    <message>
        <source>Best (or worst) selling products over the whole months the range touches</source>
        <translation>Best (or worst) selling products over the whole months the range touches</translation>
    </message>
    <message>
        <source>A business day's figures, the day before and the 30-day trend</source>
        <translation>A business day's figures, the day before and the 30-day trend</translation>
    </message>
    <message>
        <source>A quantity must be more than zero.</source>
        <translation>A quantity must be more than zero.</translation>
    </message>
    <message>
        <source>sale needs at least one --item CODE[*QTY][@PRICE].</source>
        <translation>sale needs at least one --item CODE[*QTY][@PRICE].</translation>
    </message>
    <message>
        <source>--pay takes TENDER=AMOUNT[:REFERENCE] with TENDER one of cash, card, wechat, alipay, wallet, points, voucher (got "%1").</source>
        <translation>--pay takes TENDER=AMOUNT[:REFERENCE] with TENDER one of cash, card, wechat, alipay, wallet, points, voucher (got "%1").</translation>
    </message>
    <message>
        <source>points=N takes a whole number of points.</source>
        <translation>points=N takes a whole number of points.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has an open cart with %n line(s) at the till; pay or hold it first.</source>
        <translation><numerusform>%1 has an open cart with %n line at the till; pay or hold it first.</numerusform><numerusform>%1 has an open cart with %n lines at the till; pay or hold it first.</numerusform></translation>
    </message>
    <message>
        <source>No product has the scale PLU %1.</source>
        <translation>No product has the scale PLU %1.</translation>
    </message>
    <message>
        <source>Nothing was paid: %1 is due. Add --pay TENDER=AMOUNT.</source>
        <translation>Nothing was paid: %1 is due. Add --pay TENDER=AMOUNT.</translation>
    </message>
    <message>
        <source>Sold: %1, total %2, change %3.</source>
        <translation>Sold: %1, total %2, change %3.</translation>
    </message>
    <message>
        <source>refund needs RECEIPT and --reason R (and optionally --line N=QTY …).</source>
        <translation>refund needs RECEIPT and --reason R (and optionally --line N=QTY …).</translation>
    </message>
    <message>
        <source>--line takes N or N=QTY (got "%1").</source>
        <translation>--line takes N or N=QTY (got "%1").</translation>
    </message>
    <message>
        <source>Returned: %1 for %2, refund %3.</source>
        <translation>Returned: %1 for %2, refund %3.</translation>
    </message>
    <message>
        <source>Shift opened with a float of %1.</source>
        <translation>Shift opened with a float of %1.</translation>
    </message>
    <message>
        <source>shift close needs --counted AMOUNT (the cash in the drawer).</source>
        <translation>shift close needs --counted AMOUNT (the cash in the drawer).</translation>
    </message>
    <message>
        <source>Shift closed: expected %1, counted %2.</source>
        <translation>Shift closed: expected %1, counted %2.</translation>
    </message>
    <message>
        <source>shift %1 needs AMOUNT and --reason R.</source>
        <translation>shift %1 needs AMOUNT and --reason R.</translation>
    </message>
    <message>
        <source>Recorded %1 %2.</source>
        <translation>Recorded %1 %2.</translation>
    </message>
    <message>
        <source>%1 may not see day reports.</source>
        <translation>%1 may not see day reports.</translation>
    </message>
    <message>
        <source>receipt render needs RECEIPT and --format text|escpos.</source>
        <translation>receipt render needs RECEIPT and --format text|escpos.</translation>
    </message>
    <message>
        <source>--format escpos writes printer bytes: give --out FILE.</source>
        <translation>--format escpos writes printer bytes: give --out FILE.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation>Wrote %1 (%2 bytes).</translation>
    </message>
    <message>
        <source>receipt print needs RECEIPT.</source>
        <translation>receipt print needs RECEIPT.</translation>
    </message>
    <message>
        <source>No printer given and none set up: receipt print RECEIPT --printer URI.</source>
        <translation>No printer given and none set up: receipt print RECEIPT --printer URI.</translation>
    </message>
    <message>
        <source>Printed %1 on %2.</source>
        <translation>Printed %1 on %2.</translation>
    </message>
    <message>
        <source>promo add needs --name, --kind and one of --sku or --category.</source>
        <translation>promo add needs --name, --kind and one of --sku or --category.</translation>
    </message>
    <message>
        <source>--kind is percent, amount, multibuy or buy_x_get_y.</source>
        <translation>--kind is percent, amount, multibuy or buy_x_get_y.</translation>
    </message>
    <message>
        <source>There is no category %1.</source>
        <translation>There is no category %1.</translation>
    </message>
    <message>
        <source>--from and --to take ISO dates such as 2026-12-01T00:00:00+08:00.</source>
        <translation>--from and --to take ISO dates such as 2026-12-01T00:00:00+08:00.</translation>
    </message>
    <message>
        <source>--time takes HH:MM-HH:MM.</source>
        <translation>--time takes HH:MM-HH:MM.</translation>
    </message>
    <message>
        <source>Promotion %1 added (id %2).</source>
        <translation>Promotion %1 added (id %2).</translation>
    </message>
    <message>
        <source> (ended)</source>
        <translation> (ended)</translation>
    </message>
    <message>
        <source>promo end needs the promotion's ID.</source>
        <translation>promo end needs the promotion's ID.</translation>
    </message>
    <message>
        <source>Promotion %1 ended.</source>
        <translation>Promotion %1 ended.</translation>
    </message>
    <message>
        <source>Sell: scan items, attach a member, pay (one transaction)</source>
        <translation>Sell: scan items, attach a member, pay (one transaction)</translation>
    </message>
    <message>
        <source>Return lines of a sale to its original tenders</source>
        <translation>Return lines of a sale to its original tenders</translation>
    </message>
    <message>
        <source>Open a shift with a cash float</source>
        <translation>Open a shift with a cash float</translation>
    </message>
    <message>
        <source>Put cash into the drawer</source>
        <translation>Put cash into the drawer</translation>
    </message>
    <message>
        <source>Take cash out of the drawer</source>
        <translation>Take cash out of the drawer</translation>
    </message>
    <message>
        <source>Close the shift with the counted cash</source>
        <translation>Close the shift with the counted cash</translation>
    </message>
    <message>
        <source>The business day so far (X report; changes nothing)</source>
        <translation>The business day so far (X report; changes nothing)</translation>
    </message>
    <message>
        <source>Close the business day (Z report), or show a closed day's again</source>
        <translation>Close the business day (Z report), or show a closed day's again</translation>
    </message>
    <message>
        <source>Render a stored receipt as text or printer bytes</source>
        <translation>Render a stored receipt as text or printer bytes</translation>
    </message>
    <message>
        <source>Print (or reprint) a stored receipt</source>
        <translation>Print (or reprint) a stored receipt</translation>
    </message>
    <message>
        <source>Add a promotion</source>
        <translation>Add a promotion</translation>
    </message>
    <message>
        <source>List promotions (running ones unless --all)</source>
        <translation>List promotions (running ones unless --all)</translation>
    </message>
    <message>
        <source>End a promotion</source>
        <translation>End a promotion</translation>
    </message>
    <message>
        <source>This till is not joined to a head office (run "patron-cli sync configure").</source>
        <translation>This till is not joined to a head office (run "patron-cli sync configure").</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Events waiting: %1</source>
        <translation>Events waiting: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Clock drift: %1 ms — beyond the limit; correct this PC's clock.</source>
        <translation>Clock drift: %1 ms — beyond the limit; correct this PC's clock.</translation>
    </message>
    <message>
        <source>Clock drift: %1 ms</source>
        <translation>Clock drift: %1 ms</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>Pulled changes waiting to be applied: %1</source>
        <translation>Pulled changes waiting to be applied: %1</translation>
    </message>
    <message>
        <source>sync configure needs --dsn DSN (or PATRON_HQ_DSN), or --clear.</source>
        <translation>sync configure needs --dsn DSN (or PATRON_HQ_DSN), or --clear.</translation>
    </message>
    <message>
        <source>%1 may not change the head-office connection.</source>
        <translation>%1 may not change the head-office connection.</translation>
    </message>
    <message>
        <source>This till is no longer joined to a head office.</source>
        <translation>This till is no longer joined to a head office.</translation>
    </message>
    <message>
        <source>Head office set to %1 (sslmode %2). The connection is stored in the encrypted store.</source>
        <translation>Head office set to %1 (sslmode %2). The connection is stored in the encrypted store.</translation>
    </message>
    <message>
        <source>Pushed %1 event(s) (%2 already at head office), pulled %3 change(s).</source>
        <translation>Pushed %1 event(s) (%2 already at head office), pulled %3 change(s).</translation>
    </message>
    <message>
        <source>Warning: this PC's clock is off by %1 ms from head office.</source>
        <translation>Warning: this PC's clock is off by %1 ms from head office.</translation>
    </message>
    <message>
        <source>--interval-sec takes a number of seconds (1 or more), --max-cycles a count.</source>
        <translation>--interval-sec takes a number of seconds (1 or more), --max-cycles a count.</translation>
    </message>
    <message>
        <source>synced; %1 event(s) waiting</source>
        <translation>synced; %1 event(s) waiting</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped after %n cycle(s).</source>
        <translation><numerusform>Sync stopped after %n cycle.</numerusform><numerusform>Sync stopped after %n cycles.</numerusform></translation>
    </message>
    <message>
        <source>Join this till to head office (stored encrypted; needs settings.edit)</source>
        <translation>Join this till to head office (stored encrypted; needs settings.edit)</translation>
    </message>
    <message>
        <source>Push waiting events and pull changes once</source>
        <translation>Push waiting events and pull changes once</translation>
    </message>
    <message>
        <source>Sync until stopped (Ctrl+C), backing off while head office is unreachable</source>
        <translation>Sync until stopped (Ctrl+C), backing off while head office is unreachable</translation>
    </message>
    <message>
        <source>Online or offline, events waiting, last successful sync, clock drift</source>
        <translation>Online or offline, events waiting, last successful sync, clock drift</translation>
    </message>
    <message>
        <source>member merge needs --survivor MEMBER and --merged MEMBER.</source>
        <translation>member merge needs --survivor MEMBER and --merged MEMBER.</translation>
    </message>
    <message>
        <source>Member %1 was already merged into id:%2.</source>
        <translation>Member %1 was already merged into id:%2.</translation>
    </message>
    <message>
        <source>Member id:%1 merged into id:%2: %3 points, %4 stored value moved.</source>
        <translation>Member id:%1 merged into id:%2: %3 points, %4 stored value moved.</translation>
    </message>
    <message>
        <source>member duplicates takes no arguments.</source>
        <translation>member duplicates takes no arguments.</translation>
    </message>
    <message>
        <source>countcard add needs MEMBER --sku SKU [--uses N] [--days D] [--name TEXT].</source>
        <translation>countcard add needs MEMBER --sku SKU [--uses N] [--days D] [--name TEXT].</translation>
    </message>
    <message>
        <source>countcard add needs --uses N: the rules define no count card for %1.</source>
        <translation>countcard add needs --uses N: the rules define no count card for %1.</translation>
    </message>
    <message>
        <source>Merge a duplicate member into another (ledgers, sales and balances move)</source>
        <translation>Merge a duplicate member into another (ledgers, sales and balances move)</translation>
    </message>
    <message>
        <source>List likely duplicate members (same name, one without a mobile)</source>
        <translation>List likely duplicate members (same name, one without a mobile)</translation>
    </message>
    <message>
        <source>--at "%1" is not a time; write it as "YYYY-MM-DD HH:MM".</source>
        <translation>--at "%1" is not a time; write it as "YYYY-MM-DD HH:MM".</translation>
    </message>
    <message>
        <source>retail %1</source>
        <translation>retail %1</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>member %1</translation>
    </message>
    <message>
        <source>no member price</source>
        <translation>no member price</translation>
    </message>
    <message>
        <source>product price needs one SKU or barcode and --retail X, --member Y or --no-member.</source>
        <translation>product price needs one SKU or barcode and --retail X, --member Y or --no-member.</translation>
    </message>
    <message>
        <source>Give either --member or --no-member.</source>
        <translation>Give either --member or --no-member.</translation>
    </message>
    <message>
        <source>Price of %1 changed now (change #%2).</source>
        <translation>Price of %1 changed now (change #%2).</translation>
    </message>
    <message>
        <source>Price change #%1 for %2 scheduled for %3.</source>
        <translation>Price change #%1 for %2 scheduled for %3.</translation>
    </message>
    <message>
        <source>product price-list needs one CSV FILE (columns sku, price, member_price).</source>
        <translation>product price-list needs one CSV FILE (columns sku, price, member_price).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems; nothing was scheduled.</source>
        <translation><numerusform>%n row have problems; nothing was scheduled.</numerusform><numerusform>%n rows have problems; nothing was scheduled.</numerusform></translation>
    </message>
    <message>
        <source>Scheduled %1 price changes from %2 (%3 already in effect).</source>
        <translation>Scheduled %1 price changes from %2 (%3 already in effect).</translation>
    </message>
    <message>
        <source>product prices takes only --pending and --sku SKU.</source>
        <translation>product prices takes only --pending and --sku SKU.</translation>
    </message>
    <message>
        <source>There is no product %1.</source>
        <translation>There is no product %1.</translation>
    </message>
    <message>
        <source>No price changes.</source>
        <translation>No price changes.</translation>
    </message>
    <message>
        <source>product price-cancel needs the number of a pending price change.</source>
        <translation>product price-cancel needs the number of a pending price change.</translation>
    </message>
    <message>
        <source>Price change #%1 for %2 cancelled.</source>
        <translation>Price change #%1 for %2 cancelled.</translation>
    </message>
    <message>
        <source>product price-history needs one SKU or barcode.</source>
        <translation>product price-history needs one SKU or barcode.</translation>
    </message>
    <message>
        <source>Prices of %1 %2, newest first:</source>
        <translation>Prices of %1 %2, newest first:</translation>
    </message>
    <message>
        <source>Change a product's prices now or at a set time</source>
        <translation>Change a product's prices now or at a set time</translation>
    </message>
    <message>
        <source>Schedule a CSV price list (sku, price, member_price)</source>
        <translation>Schedule a CSV price list (sku, price, member_price)</translation>
    </message>
    <message>
        <source>List price changes (pending ones with --pending)</source>
        <translation>List price changes (pending ones with --pending)</translation>
    </message>
    <message>
        <source>Cancel a pending price change</source>
        <translation>Cancel a pending price change</translation>
    </message>
    <message>
        <source>Show the prices a product has had</source>
        <translation>Show the prices a product has had</translation>
    </message>
    <message>
        <source>--buy and --get take whole quantities.</source>
        <translation>--buy and --get take whole quantities.</translation>
    </message>
    <message>
        <source>hq promo add needs one of --sku or --category.</source>
        <translation>hq promo add needs one of --sku or --category.</translation>
    </message>
    <message>
        <source>Promotion %1 saved at head office; tills apply it after their next pull.</source>
        <translation>Promotion %1 saved at head office; tills apply it after their next pull.</translation>
    </message>
    <message>
        <source>Promotion %1 ended at head office.</source>
        <translation>Promotion %1 ended at head office.</translation>
    </message>
    <message>
        <source>Create or replace a promotion for every till</source>
        <translation>Create or replace a promotion for every till</translation>
    </message>
    <message>
        <source>List head office's promotions (running ones unless --all)</source>
        <translation>List head office's promotions (running ones unless --all)</translation>
    </message>
    <message>
        <source>End a promotion at every till</source>
        <translation>End a promotion at every till</translation>
    </message>
    <message>
        <source>A till program already running on this store uses it only after a restart.</source>
        <translation>A till program already running on this store uses it only after a restart.</translation>
    </message>
    <message>
        <source>member lookup needs one of --mobile or --card.</source>
        <translation>member lookup needs one of --mobile or --card.</translation>
    </message>
    <message>
        <source>Head office has no member with %1.</source>
        <translation>Head office has no member with %1.</translation>
    </message>
    <message>
        <source>%1 %2 (store %3): %4 points, stored value %5</source>
        <translation>%1 %2 (store %3): %4 points, stored value %5</translation>
    </message>
    <message>
        <source>Find a member at head office and keep them here with their points and stored value</source>
        <translation>Find a member at head office and keep them here with their points and stored value</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation><numerusform>%n product</numerusform><numerusform>%n products</numerusform></translation>
    </message>
    <message>
        <source>category add needs one NAME (and --parent PATH for a sub-category).</source>
        <translation>category add needs one NAME (and --parent PATH for a sub-category).</translation>
    </message>
    <message>
        <source>Added category %1.</source>
        <translation>Added category %1.</translation>
    </message>
    <message>
        <source>category rename needs the category PATH and its NEW-NAME.</source>
        <translation>category rename needs the category PATH and its NEW-NAME.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>category move needs the category PATH and either --to PARENT-PATH or --top.</source>
        <translation>category move needs the category PATH and either --to PARENT-PATH or --top.</translation>
    </message>
    <message>
        <source>category delete needs one category PATH.</source>
        <translation>category delete needs one category PATH.</translation>
    </message>
    <message>
        <source>Deleted category %1.</source>
        <translation>Deleted category %1.</translation>
    </message>
    <message>
        <source>List the product categories with their product counts</source>
        <translation>List the product categories with their product counts</translation>
    </message>
    <message>
        <source>Add a category at the top or under another</source>
        <translation>Add a category at the top or under another</translation>
    </message>
    <message>
        <source>Rename a category</source>
        <translation>Rename a category</translation>
    </message>
    <message>
        <source>Move a category (with its sub-categories) under another or to the top</source>
        <translation>Move a category (with its sub-categories) under another or to the top</translation>
    </message>
    <message>
        <source>Delete a category no product, sub-category or promotion uses</source>
        <translation>Delete a category no product, sub-category or promotion uses</translation>
    </message>
    <message>
        <source>Restored. Receipt numbers continue in epoch %1. The replaced store is kept as %2.</source>
        <translation>Restored. Receipt numbers continue in epoch %1. The replaced store is kept as %2.</translation>
    </message>
    <message>
        <source>user role needs a user NAME and a ROLE.</source>
        <translation>user role needs a user NAME and a ROLE.</translation>
    </message>
    <message>
        <source>Change a user's role (not above your own; the last administrator stays one)</source>
        <translation>Change a user's role (not above your own; the last administrator stays one)</translation>
    </message>
    <message>
        <source>Members: %1 new, %2 top-ups of %3 (principal %4, bonus %5), %6 points issued, %7 points redeemed</source>
        <translation>Members: %1 new, %2 top-ups of %3 (principal %4, bonus %5), %6 points issued, %7 points redeemed</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this till have not reached head office yet; a restore now would lose them. Run "patron-cli sync once" first, or add --discard-unsent.</source>
        <translation><numerusform>%n change made on this till have not reached head office yet; a restore now would lose them. Run "patron-cli sync once" first, or add --discard-unsent.</numerusform><numerusform>%n changes made on this till have not reached head office yet; a restore now would lose them. Run "patron-cli sync once" first, or add --discard-unsent.</numerusform></translation>
    </message>
    <message>
        <source>Compacting the store needs an administrator.</source>
        <translation>Compacting the store needs an administrator.</translation>
    </message>
    <message>
        <source>The store was compacted in %1 s: %2 MB before, %3 MB now.</source>
        <translation>The store was compacted in %1 s: %2 MB before, %3 MB now.</translation>
    </message>
    <message>
        <source>Rewrite the store without its free pages (the till closed)</source>
        <translation>Rewrite the store without its free pages (the till closed)</translation>
    </message>
</context>
<context>
    <name>patron::cli::Demo</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 must be a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>Patron Demo Shop</source>
        <translation>Patron Demo Shop</translation>
    </message>
    <message>
        <source>Generated %1 products, %2 members and %3 sales (%4 lines) in %5 s (products %6 s, members %7 s, sales %8 s, verification %9 s; integrity: %10).</source>
        <translation>Generated %1 products, %2 members and %3 sales (%4 lines) in %5 s (products %6 s, members %7 s, sales %8 s, verification %9 s; integrity: %10).</translation>
    </message>
    <message>
        <source>Fill a new store with a large, reproducible demo data set (products, members, a year of sales)</source>
        <translation>Fill a new store with a large, reproducible demo data set (products, members, a year of sales)</translation>
    </message>
</context>
<context>
    <name>patron::cli::HeadOfficeOwned</name>
    <message>
        <source>This till is joined to head office, which owns the catalog: products are changed there (patron-cli hq product …).</source>
        <translation>This till is joined to head office, which owns the catalog: products are changed there (patron-cli hq product …).</translation>
    </message>
    <message>
        <source>This till is joined to head office, which owns the catalog: categories are changed there.</source>
        <translation>This till is joined to head office, which owns the catalog: categories are changed there.</translation>
    </message>
    <message>
        <source>This till is joined to head office, which owns prices: price changes are made there.</source>
        <translation>This till is joined to head office, which owns prices: price changes are made there.</translation>
    </message>
    <message>
        <source>This till is joined to head office, which owns promotions: they are changed there (patron-cli hq promo …).</source>
        <translation>This till is joined to head office, which owns promotions: they are changed there (patron-cli hq promo …).</translation>
    </message>
    <message>
        <source>This till is joined to head office, which owns the loyalty rules: they are changed there (patron-cli hq rules …).</source>
        <translation>This till is joined to head office, which owns the loyalty rules: they are changed there (patron-cli hq rules …).</translation>
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
    <name>patron::ui::AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>Sign-in name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>patron::ui::AuditPage</name>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>&lt; Newer</source>
        <translation>&lt; Newer</translation>
    </message>
    <message>
        <source>Older &gt;</source>
        <translation>Older &gt;</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n record(s) checked.</source>
        <translation><numerusform>The chain is intact: %n record checked.</numerusform><numerusform>The chain is intact: %n records checked.</numerusform></translation>
    </message>
    <message>
        <source>Broken at record %1: %2</source>
        <translation>Broken at record %1: %2</translation>
    </message>
</context>
<context>
    <name>patron::ui::BackOfficeWindow</name>
    <message>
        <source>Back office – %1</source>
        <translation>Back office – %1</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Users and roles</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Printer and receipt</source>
        <translation>Printer and receipt</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation>Loyalty rules</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Price changes</source>
        <translation>Price changes</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Store details</source>
        <translation>Store details</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Backup schedule</source>
        <translation>Backup schedule</translation>
    </message>
    <message>
        <source>Till keys</source>
        <translation>Till keys</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
</context>
<context>
    <name>patron::ui::BackupPage</name>
    <message>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>A backup holds the encrypted store and its wrapped key: it opens on another PC with the recovery passphrase alone. Keep copies away from this PC.</source>
        <translation>A backup holds the encrypted store and its wrapped key: it opens on another PC with the recovery passphrase alone. Keep copies away from this PC.</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>Back up the store</translation>
    </message>
    <message>
        <source>Patron backups (*.ptrnbak)</source>
        <translation>Patron backups (*.ptrnbak)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backup written and verified: %1
%2 bytes
SHA-256 %3</source>
        <translation>Backup written and verified: %1
%2 bytes
SHA-256 %3</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Only an administrator may restore a backup.</source>
        <translation>Only an administrator may restore a backup.</translation>
    </message>
    <message>
        <source>Patron backups (*.ptrnbak);;All files (*)</source>
        <translation>Patron backups (*.ptrnbak);;All files (*)</translation>
    </message>
    <message>
        <source>The recovery passphrase of the store in this backup:</source>
        <translation>The recovery passphrase of the store in this backup:</translation>
    </message>
    <message>
        <source>Checking the backup %1…</source>
        <translation>Checking the backup %1…</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>This backup cannot be restored: %1</translation>
    </message>
    <message>
        <source>The backup of %1 (%2 · %3) holds no sales.</source>
        <translation>The backup of %1 (%2 · %3) holds no sales.</translation>
    </message>
    <message numerus="yes">
        <source>The backup of %1 (%2 · %3) holds %n sale(s), the last at %4.</source>
        <translation><numerusform>The backup of %1 (%2 · %3) holds %n sale, the last at %4.</numerusform><numerusform>The backup of %1 (%2 · %3) holds %n sales, the last at %4.</numerusform></translation>
    </message>
    <message>
        <source>Sales made on this till after the backup are fetched again from head office before the till sells.</source>
        <translation>Sales made on this till after the backup are fetched again from head office before the till sells.</translation>
    </message>
    <message>
        <source>Sales, members and changes made after the backup are LOST: this till is not joined to head office, so nothing brings them back.</source>
        <translation>Sales, members and changes made after the backup are LOST: this till is not joined to head office, so nothing brings them back.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made on this till have not reached head office yet; a restore now would lose them. Let the till send them first (the status bar says "safe to shut down"), then restore.</source>
        <translation><numerusform>%n change made on this till have not reached head office yet; a restore now would lose them. Let the till send them first (the status bar says "safe to shut down"), then restore.</numerusform><numerusform>%n changes made on this till have not reached head office yet; a restore now would lose them. Let the till send them first (the status bar says "safe to shut down"), then restore.</numerusform></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Restoring a backup&lt;/h3&gt;&lt;p&gt;An administrator chooses a backup and types its recovery passphrase. The backup is checked before anything is touched; then the till closes the store, keeps it beside the restored one as a safety copy (the three newest are kept), and opens the restored store. Receipt numbers continue in a new epoch, so none is used twice.&lt;/p&gt;&lt;p&gt;When the till cannot start, &lt;code&gt;patron-cli restore FILE&lt;/code&gt; does the same while Patron is closed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Restoring a backup&lt;/h3&gt;&lt;p&gt;An administrator chooses a backup and types its recovery passphrase. The backup is checked before anything is touched; then the till closes the store, keeps it beside the restored one as a safety copy (the three newest are kept), and opens the restored store. Receipt numbers continue in a new epoch, so none is used twice.&lt;/p&gt;&lt;p&gt;When the till cannot start, &lt;code&gt;patron-cli restore FILE&lt;/code&gt; does the same while Patron is closed.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The till closes the store now, keeps it beside the restored one as a safety copy (the three newest are kept), and opens the restored store; everyone signs in again. Restore?</source>
        <translation>The till closes the store now, keeps it beside the restored one as a safety copy (the three newest are kept), and opens the restored store; everyone signs in again. Restore?</translation>
    </message>
</context>
<context>
    <name>patron::ui::BackupScheduleSettingsPage</name>
    <message>
        <source>Back up automatically every day</source>
        <translation>Back up automatically every day</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Automatic backups kept</translation>
    </message>
    <message>
        <source>The backup runs while the till is open, in the background, and is verified before it counts. If the till was closed at that time, it runs when the till opens. Use a USB disk or a network folder: a copy on this PC's own disk does not survive the PC.</source>
        <translation>The backup runs while the till is open, in the background, and is verified before it counts. If the till was closed at that time, it runs when the till opens. Use a USB disk or a network folder: a copy on this PC's own disk does not survive the PC.</translation>
    </message>
    <message>
        <source>No automatic backup has run yet.</source>
        <translation>No automatic backup has run yet.</translation>
    </message>
    <message>
        <source>Last automatic backup %1: %2</source>
        <translation>Last automatic backup %1: %2</translation>
    </message>
    <message>
        <source>Last automatic backup %1 FAILED: %2</source>
        <translation>Last automatic backup %1 FAILED: %2</translation>
    </message>
    <message>
        <source>Backup schedule</source>
        <translation>Backup schedule</translation>
    </message>
    <message>
        <source>Saved. The next automatic backup runs at %1.</source>
        <translation>Saved. The next automatic backup runs at %1.</translation>
    </message>
    <message>
        <source>Saved. Automatic backups are off.</source>
        <translation>Saved. Automatic backups are off.</translation>
    </message>
    <message>
        <source>Folder for the automatic backups</source>
        <translation>Folder for the automatic backups</translation>
    </message>
</context>
<context>
    <name>patron::ui::CartTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>patron::ui::CategoriesPage</name>
    <message>
        <source>This till is joined to head office, which owns the catalog: categories arrive with each sync and cannot be changed here.</source>
        <translation>This till is joined to head office, which owns the catalog: categories arrive with each sync and cannot be changed here.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Category name</translation>
    </message>
    <message>
        <source>Add at top level</source>
        <translation>Add at top level</translation>
    </message>
    <message>
        <source>Add under selected</source>
        <translation>Add under selected</translation>
    </message>
    <message>
        <source>Rename selected</source>
        <translation>Rename selected</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Move selected here</source>
        <translation>Move selected here</translation>
    </message>
    <message>
        <source>Move with its sub-categories under</source>
        <translation>Move with its sub-categories under</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n product(s) filed here</source>
        <translation><numerusform>%1
%n product filed here</numerusform><numerusform>%1
%n products filed here</numerusform></translation>
    </message>
    <message>
        <source>Choose a category in the tree, or type a name and add one at the top level.</source>
        <translation>Choose a category in the tree, or type a name and add one at the top level.</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Add category</translation>
    </message>
    <message>
        <source>Choose the category to add under first.</source>
        <translation>Choose the category to add under first.</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Rename category</translation>
    </message>
    <message>
        <source>Choose a category first.</source>
        <translation>Choose a category first.</translation>
    </message>
    <message>
        <source>Move category</source>
        <translation>Move category</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Delete category</translation>
    </message>
    <message>
        <source>Delete the category %1?</source>
        <translation>Delete the category %1?</translation>
    </message>
</context>
<context>
    <name>patron::ui::CheckoutPage</name>
    <message>
        <source>Scan or search: barcode, PLU, name initials</source>
        <translation>Scan or search: barcode, PLU, name initials</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Open a shift</source>
        <translation>Open a shift</translation>
    </message>
    <message>
        <source>No shift is open. Cash float in the drawer (￥):</source>
        <translation>No shift is open. Cash float in the drawer (￥):</translation>
    </message>
    <message>
        <source>Type the float, such as 200.</source>
        <translation>Type the float, such as 200.</translation>
    </message>
    <message>
        <source>Price (￥):</source>
        <translation>Price (￥):</translation>
    </message>
    <message>
        <source>Type a price such as 12.50.</source>
        <translation>Type a price such as 12.50.</translation>
    </message>
    <message>
        <source>No product has scale PLU %1.</source>
        <translation>No product has scale PLU %1.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>New quantity for line %1:</source>
        <translation>New quantity for line %1:</translation>
    </message>
    <message>
        <source>Type a quantity such as 2 or 0.5.</source>
        <translation>Type a quantity such as 2 or 0.5.</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <source>Percent off line %1 (e.g. 10):</source>
        <translation>Percent off line %1 (e.g. 10):</translation>
    </message>
    <message>
        <source>Type a percentage from 0 to 100.</source>
        <translation>Type a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>%1% off line %2</source>
        <translation>%1% off line %2</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Change price</translation>
    </message>
    <message>
        <source>New unit price for line %1 (￥):</source>
        <translation>New unit price for line %1 (￥):</translation>
    </message>
    <message>
        <source>Price of line %1 to %2</source>
        <translation>Price of line %1 to %2</translation>
    </message>
    <message>
        <source>No held carts.</source>
        <translation>No held carts.</translation>
    </message>
    <message>
        <source>The cart is empty.</source>
        <translation>The cart is empty.</translation>
    </message>
    <message>
        <source>Sale %1 complete. Change %2</source>
        <translation>Sale %1 complete. Change %2</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Scan or type the receipt number:</source>
        <translation>Scan or type the receipt number:</translation>
    </message>
    <message>
        <source>Return %1 done: %2 refunded.</source>
        <translation>Return %1 done: %2 refunded.</translation>
    </message>
    <message>
        <source>%1 is no longer sold. Ask a manager to rearrange the keys.</source>
        <translation>%1 is no longer sold. Ask a manager to rearrange the keys.</translation>
    </message>
    <message>
        <source>Weight (%1):</source>
        <translation>Weight (%1):</translation>
    </message>
    <message>
        <source>Type a weight such as 0.525.</source>
        <translation>Type a weight such as 0.525.</translation>
    </message>
    <message>
        <source>Only a manager can change the catalog.</source>
        <translation>Only a manager can change the catalog.</translation>
    </message>
    <message>
        <source>Arrange the quick keys</source>
        <translation>Arrange the quick keys</translation>
    </message>
    <message>
        <source>Add product %1</source>
        <translation>Add product %1</translation>
    </message>
    <message>
        <source>Unknown code %1: %2</source>
        <translation>Unknown code %1: %2</translation>
    </message>
    <message>
        <source>Attach a member first.</source>
        <translation>Attach a member first.</translation>
    </message>
    <message>
        <source>Attach a member first (%1).</source>
        <translation>Attach a member first (%1).</translation>
    </message>
    <message>
        <source>Payment codes are scanned on the payment screen.</source>
        <translation>Payment codes are scanned on the payment screen.</translation>
    </message>
    <message>
        <source>Payment codes are scanned on the payment screen (%1).</source>
        <translation>Payment codes are scanned on the payment screen (%1).</translation>
    </message>
    <message>
        <source>Cart held.</source>
        <translation>Cart held.</translation>
    </message>
    <message>
        <source>Cart held. %1 resumes it.</source>
        <translation>Cart held. %1 resumes it.</translation>
    </message>
    <message>
        <source>Scan ignored: the till is waiting for head office. Scan again when it has answered.</source>
        <translation>Scan ignored: the till is waiting for head office. Scan again when it has answered.</translation>
    </message>
</context>
<context>
    <name>patron::ui::ClockDriftIndicator</name>
    <message>
        <source>This PC's clock differs from head office's by more than head office allows. Member changes made here are ordered by this clock, and head office has recorded the difference: ask a manager to correct the PC's date and time.</source>
        <translation>This PC's clock differs from head office's by more than head office allows. Member changes made here are ordered by this clock, and head office has recorded the difference: ask a manager to correct the PC's date and time.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Clock %1 ahead of head office</source>
        <translation>Clock %1 ahead of head office</translation>
    </message>
    <message>
        <source>Clock %1 behind head office</source>
        <translation>Clock %1 behind head office</translation>
    </message>
</context>
<context>
    <name>patron::ui::CustomerDisplay</name>
    <message>
        <source>Customer display</source>
        <translation>Customer display</translation>
    </message>
</context>
<context>
    <name>patron::ui::DashboardTab</name>
    <message>
        <source>Net sales</source>
        <translation>Net sales</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Average basket</source>
        <translation>Average basket</translation>
    </message>
    <message>
        <source>Member sales</source>
        <translation>Member sales</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Net sales, 30 days to %1</source>
        <translation>Net sales, 30 days to %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>Top-ups</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Points issued</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Points redeemed</translation>
    </message>
    <message>
        <source>Net sales 30 days before</source>
        <translation>Net sales 30 days before</translation>
    </message>
    <message>
        <source>Top-up principal</source>
        <translation>Top-up principal</translation>
    </message>
    <message>
        <source>Top-up bonus</source>
        <translation>Top-up bonus</translation>
    </message>
    <message>
        <source>Day before: %1 (%2)</source>
        <translation>Day before: %1 (%2)</translation>
    </message>
    <message>
        <source>Principal %1, bonus %2</source>
        <translation>Principal %1, bonus %2</translation>
    </message>
    <message>
        <source>The 30 days before</source>
        <translation>The 30 days before</translation>
    </message>
    <message>
        <source>Daily trend</source>
        <translation>Daily trend</translation>
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
    <name>patron::ui::GiftRedemptionDialog</name>
    <message>
        <source>Redeem points for a gift</source>
        <translation>Redeem points for a gift</translation>
    </message>
    <message>
        <source>Redeem (Enter)</source>
        <translation>Redeem (Enter)</translation>
    </message>
    <message>
        <source>%1  %2 · %3 points</source>
        <translation>%1  %2 · %3 points</translation>
    </message>
    <message>
        <source>%1 · %2 points · %3 in stock</source>
        <translation>%1 · %2 points · %3 in stock</translation>
    </message>
    <message>
        <source> · needs %1 more</source>
        <translation> · needs %1 more</translation>
    </message>
    <message>
        <source>The loyalty rules list no gifts.</source>
        <translation>The loyalty rules list no gifts.</translation>
    </message>
    <message>
        <source>%1 points are not enough for any gift in stock.</source>
        <translation>%1 points are not enough for any gift in stock.</translation>
    </message>
    <message>
        <source>Pick a gift the member has enough points for.</source>
        <translation>Pick a gift the member has enough points for.</translation>
    </message>
    <message>
        <source>Give %1 for %2 points? Press Enter again to confirm, Esc to cancel.</source>
        <translation>Give %1 for %2 points? Press Enter again to confirm, Esc to cancel.</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>Confirm (Enter)</translation>
    </message>
    <message>
        <source>%1 given for %2 points.</source>
        <translation>%1 given for %2 points.</translation>
    </message>
</context>
<context>
    <name>patron::ui::HeadOfficeSettings</name>
    <message>
        <source>Fill in the host, the database and the till's user.</source>
        <translation>Fill in the host, the database and the till's user.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>The port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>%1 may not change the head-office connection.</source>
        <translation>%1 may not change the head-office connection.</translation>
    </message>
</context>
<context>
    <name>patron::ui::HeadOfficeSettingsPage</name>
    <message>
        <source>Verify the server and its name (verify-full)</source>
        <translation>Verify the server and its name (verify-full)</translation>
    </message>
    <message>
        <source>Verify the server's certificate (verify-ca)</source>
        <translation>Verify the server's certificate (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt, do not verify (require)</source>
        <translation>Encrypt, do not verify (require)</translation>
    </message>
    <message>
        <source>No encryption (disable; test networks only)</source>
        <translation>No encryption (disable; test networks only)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Save and join</source>
        <translation>Save and join</translation>
    </message>
    <message>
        <source>Leave head office</source>
        <translation>Leave head office</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Till user</source>
        <translation>Till user</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Head office's CA certificate</source>
        <translation>Head office's CA certificate</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client certificate</translation>
    </message>
    <message>
        <source>Client key</source>
        <translation>Client key</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.key);;All files (*)</source>
        <translation>Certificates and keys (*.pem *.crt *.key);;All files (*)</translation>
    </message>
    <message>
        <source>(stored; type to change)</source>
        <translation>(stored; type to change)</translation>
    </message>
    <message>
        <source>This till is joined to head office.</source>
        <translation>This till is joined to head office.</translation>
    </message>
    <message>
        <source>This till runs standalone.</source>
        <translation>This till runs standalone.</translation>
    </message>
    <message>
        <source>No sync has succeeded yet.</source>
        <translation>No sync has succeeded yet.</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>Last attempt %1 failed: %2</source>
        <translation>Last attempt %1 failed: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent.</source>
        <translation><numerusform>%n event waiting to be sent.</numerusform><numerusform>%n events waiting to be sent.</numerusform></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to head office.</source>
        <translation>Connected to head office.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>The connection failed: %1</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Leave head office? Sales stay on this till and are not sent any more until it joins again.</source>
        <translation>Leave head office? Sales stay on this till and are not sent any more until it joins again.</translation>
    </message>
    <message>
        <source>%1: set the PC's date and time.</source>
        <translation>%1: set the PC's date and time.</translation>
    </message>
    <message>
        <source>Saved. The till now syncs with head office: products, prices, promotions and loyalty rules come from head office and are read-only here from the next time the back office opens.</source>
        <translation>Saved. The till now syncs with head office: products, prices, promotions and loyalty rules come from head office and are read-only here from the next time the back office opens.</translation>
    </message>
</context>
<context>
    <name>patron::ui::HeldCartsDialog</name>
    <message>
        <source>Held carts</source>
        <translation>Held carts</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s) · %2</source>
        <translation><numerusform>%1 · %n line · %2</numerusform><numerusform>%1 · %n lines · %2</numerusform></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>patron::ui::HelpOverlay</name>
    <message>
        <source>Function keys</source>
        <translation>Function keys</translation>
    </message>
</context>
<context>
    <name>patron::ui::ImportReportDialog</name>
    <message>
        <source>Product import: problems</source>
        <translation>Product import: problems</translation>
    </message>
    <message>
        <source>%1 rows read: %2 added, %3 updated. These rows were skipped:</source>
        <translation>%1 rows read: %2 added, %3 updated. These rows were skipped:</translation>
    </message>
    <message>
        <source>%1 rows read. Nothing was imported because of these rows; correct them and import the file again:</source>
        <translation>%1 rows read. Nothing was imported because of these rows; correct them and import the file again:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>patron::ui::LanguageSettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The language applies the next time Patron starts on this till.</source>
        <translation>The language applies the next time Patron starts on this till.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Saved: %1. Restart Patron to use it.</source>
        <translation>Saved: %1. Restart Patron to use it.</translation>
    </message>
</context>
<context>
    <name>patron::ui::LiabilityTab</name>
    <message>
        <source>Month end</source>
        <translation>Month end</translation>
    </message>
    <message>
        <source>Stored value: principal</source>
        <translation>Stored value: principal</translation>
    </message>
    <message>
        <source>Stored value: bonus</source>
        <translation>Stored value: bonus</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Points value</source>
        <translation>Points value</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Outstanding liability at month ends</source>
        <translation>Outstanding liability at month ends</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Liability</translation>
    </message>
    <message>
        <source>Previous month end</source>
        <translation>Previous month end</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>Liability by month</source>
        <translation>Liability by month</translation>
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
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
</context>
<context>
    <name>patron::ui::LogoConverter</name>
    <message>
        <source>%1 is not a picture Patron can read (use PNG or JPEG).</source>
        <translation>%1 is not a picture Patron can read (use PNG or JPEG).</translation>
    </message>
</context>
<context>
    <name>patron::ui::LoyaltyRulesForm</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>Member price</translation>
    </message>
    <message>
        <source>Points ×, %</source>
        <translation>Points ×, %</translation>
    </message>
    <message>
        <source>Spend to reach</source>
        <translation>Spend to reach</translation>
    </message>
    <message>
        <source>Points to reach</source>
        <translation>Points to reach</translation>
    </message>
    <message>
        <source>Single top-up to reach</source>
        <translation>Single top-up to reach</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Window (days)</translation>
    </message>
    <message>
        <source>Valid (days)</source>
        <translation>Valid (days)</translation>
    </message>
    <message>
        <source>Grace (days)</source>
        <translation>Grace (days)</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Months after earning</source>
        <translation>Months after earning</translation>
    </message>
    <message>
        <source>At a year end</source>
        <translation>At a year end</translation>
    </message>
    <message>
        <source>Spend per point earned</source>
        <translation>Spend per point earned</translation>
    </message>
    <message>
        <source>Points worth ￥1</source>
        <translation>Points worth ￥1</translation>
    </message>
    <message>
        <source>Fewest points redeemed</source>
        <translation>Fewest points redeemed</translation>
    </message>
    <message>
        <source>Points pay at most (% of order)</source>
        <translation>Points pay at most (% of order)</translation>
    </message>
    <message>
        <source>Points expire</source>
        <translation>Points expire</translation>
    </message>
    <message>
        <source>Expiry months</source>
        <translation>Expiry months</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Top-up of at least</source>
        <translation>Top-up of at least</translation>
    </message>
    <message>
        <source>Bonus value</source>
        <translation>Bonus value</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Bonus points</translation>
    </message>
    <message>
        <source>Coupon template</source>
        <translation>Coupon template</translation>
    </message>
    <message>
        <source>Top-up bonus</source>
        <translation>Top-up bonus</translation>
    </message>
    <message>
        <source>Kind (amount_off, percent_off, product)</source>
        <translation>Kind (amount_off, percent_off, product)</translation>
    </message>
    <message>
        <source>Value (fen or bp)</source>
        <translation>Value (fen or bp)</translation>
    </message>
    <message>
        <source>Minimum spend</source>
        <translation>Minimum spend</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation>SKUs</translation>
    </message>
    <message>
        <source>Restored on return</source>
        <translation>Restored on return</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Initial stock</source>
        <translation>Initial stock</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Tiers: %1</source>
        <translation>Tiers: %1</translation>
    </message>
    <message>
        <source>Points: the spend per point is not an amount.</source>
        <translation>Points: the spend per point is not an amount.</translation>
    </message>
    <message>
        <source>Points: the most an order may be paid with points is not a percentage.</source>
        <translation>Points: the most an order may be paid with points is not a percentage.</translation>
    </message>
    <message>
        <source>Top-up bonus: %1</source>
        <translation>Top-up bonus: %1</translation>
    </message>
    <message>
        <source>Coupons: %1</source>
        <translation>Coupons: %1</translation>
    </message>
    <message>
        <source>Gifts: %1</source>
        <translation>Gifts: %1</translation>
    </message>
    <message>
        <source>The JSON does not parse at character %1: %2</source>
        <translation>The JSON does not parse at character %1: %2</translation>
    </message>
    <message>
        <source>The rules must be one JSON object.</source>
        <translation>The rules must be one JSON object.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <source>Valid (days, 0 = always)</source>
        <translation>Valid (days, 0 = always)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Count cards</source>
        <translation>Count cards</translation>
    </message>
    <message>
        <source>Count cards: %1</source>
        <translation>Count cards: %1</translation>
    </message>
</context>
<context>
    <name>patron::ui::LoyaltyRulesPage</name>
    <message>
        <source>This till is joined to head office, which owns the loyalty rules: they arrive with sync and can only be viewed here.</source>
        <translation>This till is joined to head office, which owns the loyalty rules: they arrive with sync and can only be viewed here.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Preview on an example</source>
        <translation>Preview on an example</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Save as new version</translation>
    </message>
    <message>
        <source>Version %1 (in force)</source>
        <translation>Version %1 (in force)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Defaults (never saved)</source>
        <translation>Defaults (never saved)</translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation>Loyalty rules</translation>
    </message>
    <message>
        <source>Saved as version %1; it applies from now on.</source>
        <translation>Saved as version %1; it applies from now on.</translation>
    </message>
    <message>
        <source>Showing version %1; saving makes it a new version.</source>
        <translation>Showing version %1; saving makes it a new version.</translation>
    </message>
</context>
<context>
    <name>patron::ui::LoyaltyRulesPreview</name>
    <message>
        <source>Order of</source>
        <translation>Order of</translation>
    </message>
    <message>
        <source>Member tier</source>
        <translation>Member tier</translation>
    </message>
    <message>
        <source>Top-up of</source>
        <translation>Top-up of</translation>
    </message>
    <message>
        <source>Type the order and top-up amounts, e.g. 100 or 99.50.</source>
        <translation>Type the order and top-up amounts, e.g. 100 or 99.50.</translation>
    </message>
    <message numerus="yes">
        <source>A %1 member buying %2: discount %3, pays %4, earns %n point(s); points could pay up to %5.</source>
        <translation><numerusform>A %1 member buying %2: discount %3, pays %4, earns %n point; points could pay up to %5.</numerusform><numerusform>A %1 member buying %2: discount %3, pays %4, earns %n points; points could pay up to %5.</numerusform></translation>
    </message>
    <message>
        <source>A top-up of %1 gets no bonus.</source>
        <translation>A top-up of %1 gets no bonus.</translation>
    </message>
    <message>
        <source>A top-up of %1 gets %2 bonus value, %3 bonus points%4.</source>
        <translation>A top-up of %1 gets %2 bonus value, %3 bonus points%4.</translation>
    </message>
    <message>
        <source> and the coupon %1</source>
        <translation> and the coupon %1</translation>
    </message>
</context>
<context>
    <name>patron::ui::LoyaltyRulesTable</name>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Row %1, %2: "%3" is not a valid value.</source>
        <translation>Row %1, %2: "%3" is not a valid value.</translation>
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
    <message>
        <source>Shift open (%1)</source>
        <translation>Shift open (%1)</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>No shift open</translation>
    </message>
    <message>
        <source>Scanner settings</source>
        <translation>Scanner settings</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>%1.

Sales and member changes on this till are stamped with this PC's clock, and head office has recorded the difference. Ask a manager to correct the PC's date and time; the warning in the status bar goes away at the next sync after that.</source>
        <translation>%1.

Sales and member changes on this till are stamped with this PC's clock, and head office has recorded the difference. Ask a manager to correct the PC's date and time; the warning in the status bar goes away at the next sync after that.</translation>
    </message>
    <message>
        <source>Check this PC's clock</source>
        <translation>Check this PC's clock</translation>
    </message>
    <message>
        <source>Close the till</source>
        <translation>Close the till</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) have not reached head office yet. Send them now and close when they are sent? Choose No to close at once.

Nothing is lost either way: they are kept safely on this till and are sent after the next start.</source>
        <translation><numerusform>%n event have not reached head office yet. Send them now and close when they are sent? Choose No to close at once.

Nothing is lost either way: they are kept safely on this till and are sent after the next start.</numerusform><numerusform>%n events have not reached head office yet. Send them now and close when they are sent? Choose No to close at once.

Nothing is lost either way: they are kept safely on this till and are sent after the next start.</numerusform></translation>
    </message>
    <message>
        <source>Sending to head office; the till closes when they are sent.</source>
        <translation>Sending to head office; the till closes when they are sent.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>The backup was restored. Sign in again.</translation>
    </message>
    <message>
        <source>The backup was restored. The replaced store is kept as %1. Sign in again.</source>
        <translation>The backup was restored. The replaced store is kept as %1. Sign in again.</translation>
    </message>
    <message>
        <source>Restoring the backup… Do not switch the PC off.</source>
        <translation>Restoring the backup… Do not switch the PC off.</translation>
    </message>
    <message>
        <source>%1
Open the store again.</source>
        <translation>%1
Open the store again.</translation>
    </message>
</context>
<context>
    <name>patron::ui::ManagerPinDialog</name>
    <message>
        <source>Manager approval</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <source>%1
Needs: %2</source>
        <translation>%1
Needs: %2</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>Manager PIN</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberAdjustPanel</name>
    <message>
        <source>Required: why the points change</source>
        <translation>Required: why the points change</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Adjust points</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Change (+/-)</source>
        <translation>Change (+/-)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Refund top-up…</source>
        <translation>Refund top-up…</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>%1: %2 paid by %3</source>
        <translation>%1: %2 paid by %3</translation>
    </message>
    <message>
        <source>Give a reason for the points adjustment.</source>
        <translation>Give a reason for the points adjustment.</translation>
    </message>
    <message>
        <source>Refund top-up</source>
        <translation>Refund top-up</translation>
    </message>
    <message>
        <source>Refund the top-up %1? The principal is paid back and its unspent bonus removed.</source>
        <translation>Refund the top-up %1? The principal is paid back and its unspent bonus removed.</translation>
    </message>
    <message>
        <source>Pay back %1 to the customer.</source>
        <translation>Pay back %1 to the customer.</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberCsvExport</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Cannot write the export: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberCsvRunner</name>
    <message>
        <source>%1 may not export members.</source>
        <translation>%1 may not export members.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberDetailDialog</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Adjust balances</source>
        <translation>Adjust balances</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Export data…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>Card %1 · %2 · %3 points · stored value %4 (bonus %5) · %n visit(s)</source>
        <translation><numerusform>Card %1 · %2 · %3 points · stored value %4 (bonus %5) · %n visit</numerusform><numerusform>Card %1 · %2 · %3 points · stored value %4 (bonus %5) · %n visits</numerusform></translation>
    </message>
    <message>
        <source>This member was erased; the ledgers are kept as numbers.</source>
        <translation>This member was erased; the ledgers are kept as numbers.</translation>
    </message>
    <message>
        <source>Export member data</source>
        <translation>Export member data</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The member's data was saved to %1.</source>
        <translation>The member's data was saved to %1.</translation>
    </message>
    <message>
        <source>Erase member</source>
        <translation>Erase member</translation>
    </message>
    <message>
        <source>Erase this member's personal data? Name, mobile, card and contact details are removed for good; points and stored-value records stay as numbers. This cannot be undone.</source>
        <translation>Erase this member's personal data? Name, mobile, card and contact details are removed for good; points and stored-value records stay as numbers. This cannot be undone.</translation>
    </message>
    <message>
        <source>Erased at the member's request</source>
        <translation>Erased at the member's request</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberDetailsDialog</name>
    <message>
        <source>Member details</source>
        <translation>Member details</translation>
    </message>
    <message>
        <source>e.g. 1990-05-20 (empty: none)</source>
        <translation>e.g. 1990-05-20 (empty: none)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Recent receipts:</source>
        <translation>Recent receipts:</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>%1  %2  return %3</source>
        <translation>%1  %2  return %3</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Type the birthday as year-month-day, such as 1990-05-20.</source>
        <translation>Type the birthday as year-month-day, such as 1990-05-20.</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>Edit member %1</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberDialog</name>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Mobile, last 4 digits, card, name or initials</source>
        <translation>Mobile, last 4 digits, card, name or initials</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Register and attach</source>
        <translation>Register and attach</translation>
    </message>
    <message>
        <source>No member found. Register them below.</source>
        <translation>No member found. Register them below.</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberHistoryView</name>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>Tender</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>Coupons</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Tier changes</source>
        <translation>Tier changes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberImportReportDialog</name>
    <message>
        <source>Member import: problems</source>
        <translation>Member import: problems</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported (%1). These rows were skipped:</source>
        <translation><numerusform>%n member imported (%1). These rows were skipped:</numerusform><numerusform>%n members imported (%1). These rows were skipped:</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported because of these rows; correct them and import the file again:</source>
        <translation>Nothing was imported because of these rows; correct them and import the file again:</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberMergeDialog</name>
    <message>
        <source>Merge duplicate members</source>
        <translation>Merge duplicate members</translation>
    </message>
    <message>
        <source>Keep: mobile, card or id:N</source>
        <translation>Keep: mobile, card or id:N</translation>
    </message>
    <message>
        <source>Merge into it: mobile, card or id:N</source>
        <translation>Merge into it: mobile, card or id:N</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Kept member</source>
        <translation>Kept member</translation>
    </message>
    <message>
        <source>Merged member</source>
        <translation>Merged member</translation>
    </message>
    <message>
        <source>Take merged's</source>
        <translation>Take merged's</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>Swap sides</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Likely duplicates (same name, one without a mobile):</source>
        <translation>Likely duplicates (same name, one without a mobile):</translation>
    </message>
    <message>
        <source>Or pick two members by hand:</source>
        <translation>Or pick two members by hand:</translation>
    </message>
    <message>
        <source>Points, stored value (principal and bonus), coupons, count cards and sales of the merged member move to the kept one. This cannot be undone.</source>
        <translation>Points, stored value (principal and bonus), coupons, count cards and sales of the merged member move to the kept one. This cannot be undone.</translation>
    </message>
    <message>
        <source>%1 (id:%2, %3)  ~  %4 (id:%5, %6)</source>
        <translation>%1 (id:%2, %3)  ~  %4 (id:%5, %6)</translation>
    </message>
    <message>
        <source>no mobile</source>
        <translation>no mobile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Stored value (principal)</source>
        <translation>Stored value (principal)</translation>
    </message>
    <message>
        <source>Stored value (bonus)</source>
        <translation>Stored value (bonus)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Member id</translation>
    </message>
    <message>
        <source>Both sides are the same member.</source>
        <translation>Both sides are the same member.</translation>
    </message>
    <message>
        <source>Merge members</source>
        <translation>Merge members</translation>
    </message>
    <message>
        <source>Merge %1 (id:%2) into %3 (id:%4)? This cannot be undone.</source>
        <translation>Merge %1 (id:%2) into %3 (id:%4)? This cannot be undone.</translation>
    </message>
    <message>
        <source>Merged: %1 points and %2 stored value moved to id:%3.</source>
        <translation>Merged: %1 points and %2 stored value moved to id:%3.</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberPanel</name>
    <message>
        <source>Points %1 · Stored value %2 · Coupons %3</source>
        <translation>Points %1 · Stored value %2 · Coupons %3</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Redeem a gift</source>
        <translation>Redeem a gift</translation>
    </message>
    <message>
        <source>No member</source>
        <translation>No member</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberProfileForm</name>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Separate tags with commas</translation>
    </message>
    <message>
        <source>Agrees to SMS offers</source>
        <translation>Agrees to SMS offers</translation>
    </message>
    <message>
        <source>Agrees to e-mail offers</source>
        <translation>Agrees to e-mail offers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation>given %1</translation>
    </message>
    <message>
        <source>The birthday %1 is not a date (YYYY-MM-DD).</source>
        <translation>The birthday %1 is not a date (YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>patron::ui::MemberTableModel</name>
    <message>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Stored value</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>patron::ui::MembersPage</name>
    <message>
        <source>Search mobile, last 4 digits, card, name or initials</source>
        <translation>Search mobile, last 4 digits, card, name or initials</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Any birthday</source>
        <translation>Any birthday</translation>
    </message>
    <message>
        <source>Birthday in %1</source>
        <translation>Birthday in %1</translation>
    </message>
    <message>
        <source>Any last visit</source>
        <translation>Any last visit</translation>
    </message>
    <message>
        <source>No visit for </source>
        <translation>No visit for </translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Skip bad rows</source>
        <translation>Skip bad rows</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>All tiers</translation>
    </message>
    <message>
        <source>First %1 members; search or filter to narrow</source>
        <translation>First %1 members; search or filter to narrow</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation><numerusform>%n member</numerusform><numerusform>%n members</numerusform></translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Import members</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) imported.</source>
        <translation><numerusform>%n member imported.</numerusform><numerusform>%n members imported.</numerusform></translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Export members</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) exported to %1.</source>
        <translation><numerusform>%n member exported to %1.</numerusform><numerusform>%n members exported to %1.</numerusform></translation>
    </message>
    <message>
        <source>Merge duplicates…</source>
        <translation>Merge duplicates…</translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation>Importing members…</translation>
    </message>
    <message>
        <source>Exporting members…</source>
        <translation>Exporting members…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>Any RFM segment</source>
        <translation>Any RFM segment</translation>
    </message>
</context>
<context>
    <name>patron::ui::MembersTab</name>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Share of members</source>
        <translation>Share of members</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Spend</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>Share of spend</translation>
    </message>
    <message>
        <source>Click a segment of the pyramid to list its members.</source>
        <translation>Click a segment of the pyramid to list its members.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Repeat rate: %1 of %2 buying members came back (%3).</source>
        <translation>Repeat rate: %1 of %2 buying members came back (%3).</translation>
    </message>
    <message>
        <source>New members by month</source>
        <translation>New members by month</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <source>Members by tier</source>
        <translation>Members by tier</translation>
    </message>
    <message>
        <source>RFM segments (%1 members who bought)</source>
        <translation>RFM segments (%1 members who bought)</translation>
    </message>
    <message>
        <source>%1: %2 members</source>
        <translation>%1: %2 members</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>In days</source>
        <translation>In days</translation>
    </message>
    <message numerus="yes">
        <source>Birthdays in the next %1 days: %n member(s)</source>
        <translation><numerusform>Birthdays in the next %1 days: %n member</numerusform><numerusform>Birthdays in the next %1 days: %n members</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No visit for %1 days: %n member(s)</source>
        <translation><numerusform>No visit for %1 days: %n member</numerusform><numerusform>No visit for %1 days: %n members</numerusform></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>RFM segment members</source>
        <translation>RFM segment members</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>Birthdays</translation>
    </message>
    <message>
        <source>Dormant members</source>
        <translation>Dormant members</translation>
    </message>
</context>
<context>
    <name>patron::ui::NewProductDialog</name>
    <message>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>e.g. 12.50</translation>
    </message>
    <message>
        <source>e.g. Food/Drinks (optional)</source>
        <translation>e.g. Food/Drinks (optional)</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price (￥)</source>
        <translation>Price (￥)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Add and sell</source>
        <translation>Add and sell</translation>
    </message>
    <message>
        <source>Type a price such as 12.50.</source>
        <translation>Type a price such as 12.50.</translation>
    </message>
</context>
<context>
    <name>patron::ui::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Amount (points for Points)</source>
        <translation>Amount (points for Points)</translation>
    </message>
    <message>
        <source>Reference: scan the customer's payment code</source>
        <translation>Reference: scan the customer's payment code</translation>
    </message>
    <message>
        <source>Member balances: stored value %1 · points %2</source>
        <translation>Member balances: stored value %1 · points %2</translation>
    </message>
    <message>
        <source>Clear tenders</source>
        <translation>Clear tenders</translation>
    </message>
    <message>
        <source>Finish (Enter)</source>
        <translation>Finish (Enter)</translation>
    </message>
    <message>
        <source>The receipt appears here after payment.</source>
        <translation>The receipt appears here after payment.</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>The sale is complete, but the receipt did not print: %1</source>
        <translation>The sale is complete, but the receipt did not print: %1</translation>
    </message>
    <message>
        <source>Type how many points to redeem.</source>
        <translation>Type how many points to redeem.</translation>
    </message>
    <message>
        <source>Type an amount such as 12.50.</source>
        <translation>Type an amount such as 12.50.</translation>
    </message>
    <message>
        <source>Only cash can be more than what is left to pay (%1).</source>
        <translation>Only cash can be more than what is left to pay (%1).</translation>
    </message>
    <message>
        <source>The stored value balance is %1.</source>
        <translation>The stored value balance is %1.</translation>
    </message>
    <message>
        <source>That is not a WeChat or Alipay payment code.</source>
        <translation>That is not a WeChat or Alipay payment code.</translation>
    </message>
    <message>
        <source>  (%1 points)</source>
        <translation>  (%1 points)</translation>
    </message>
    <message>
        <source>Left to pay %1</source>
        <translation>Left to pay %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Points cannot pay this order: the member has %1 usable points, at least %2 are needed.</source>
        <translation>Points cannot pay this order: the member has %1 usable points, at least %2 are needed.</translation>
    </message>
    <message>
        <source>Points: up to %1 (%2) for this order. Change the number if the member wants fewer; Enter adds them.</source>
        <translation>Points: up to %1 (%2) for this order. Change the number if the member wants fewer; Enter adds them.</translation>
    </message>
    <message>
        <source>Points need a member: attach one first.</source>
        <translation>Points need a member: attach one first.</translation>
    </message>
    <message>
        <source>Points need a member: attach one first (%1).</source>
        <translation>Points need a member: attach one first (%1).</translation>
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
    <name>patron::ui::PriceChangeTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New retail</source>
        <translation>New retail</translation>
    </message>
    <message>
        <source>New member price</source>
        <translation>New member price</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Takes effect</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Retail now</source>
        <translation>Retail now</translation>
    </message>
    <message>
        <source>New retail</source>
        <translation>New retail</translation>
    </message>
    <message>
        <source>Member now</source>
        <translation>Member now</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>%1: "%2" is not an amount of money, e.g. 12.50.</source>
        <translation>%1: "%2" is not an amount of money, e.g. 12.50.</translation>
    </message>
    <message>
        <source>not an amount</source>
        <translation>not an amount</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>no change</translation>
    </message>
    <message>
        <source>retail %1 → %2 (%3)</source>
        <translation>retail %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>member %1</translation>
    </message>
    <message>
        <source>member price above retail!</source>
        <translation>member price above retail!</translation>
    </message>
    <message>
        <source>Clear member price</source>
        <translation>Clear member price</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Effect</translation>
    </message>
    <message>
        <source>member price removed</source>
        <translation>member price removed</translation>
    </message>
</context>
<context>
    <name>patron::ui::PricesPage</name>
    <message>
        <source>This till is joined to head office, which owns the catalog: price changes arrive with each sync and cannot be made here.</source>
        <translation>This till is joined to head office, which owns the catalog: price changes arrive with each sync and cannot be made here.</translation>
    </message>
    <message>
        <source>Find a product: name, initials, barcode or SKU</source>
        <translation>Find a product: name, initials, barcode or SKU</translation>
    </message>
    <message>
        <source>Add to the price change</source>
        <translation>Add to the price change</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Note (e.g. supplier price rise)</source>
        <translation>Note (e.g. supplier price rise)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Import price list…</source>
        <translation>Import price list…</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <source>Cancel change</source>
        <translation>Cancel change</translation>
    </message>
    <message>
        <source>Price history: choose a product above.</source>
        <translation>Price history: choose a product above.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Retail</source>
        <translation>Retail</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Takes effect</translation>
    </message>
    <message>
        <source>Scheduled changes</source>
        <translation>Scheduled changes</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Add products and type their new prices; empty cells keep the current price.</source>
        <translation>Add products and type their new prices; empty cells keep the current price.</translation>
    </message>
    <message>
        <source>at %1, which has passed</source>
        <translation>at %1, which has passed</translation>
    </message>
    <message>
        <source>at %1 (in %2 h %3 min)</source>
        <translation>at %1 (in %2 h %3 min)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) change %1: %2 up, %3 down. Carts already open keep the prices they show.</source>
        <translation><numerusform>%n product change %1: %2 up, %3 down. Carts already open keep the prices they show.</numerusform><numerusform>%n products change %1: %2 up, %3 down. Carts already open keep the prices they show.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n price change(s) applied.</source>
        <translation><numerusform>%n price change applied.</numerusform><numerusform>%n price changes applied.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n price change(s) scheduled.</source>
        <translation><numerusform>%n price change scheduled.</numerusform><numerusform>%n price changes scheduled.</numerusform></translation>
    </message>
    <message>
        <source>Import price list</source>
        <translation>Import price list</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Choose a pending change to cancel.</source>
        <translation>Choose a pending change to cancel.</translation>
    </message>
    <message>
        <source>Cancel price change</source>
        <translation>Cancel price change</translation>
    </message>
    <message>
        <source>Cancel price change #%1 for %2 %3?</source>
        <translation>Cancel price change #%1 for %2 %3?</translation>
    </message>
    <message>
        <source>Price history of %1 %2</source>
        <translation>Price history of %1 %2</translation>
    </message>
    <message>
        <source>price change #%1</source>
        <translation>price change #%1</translation>
    </message>
    <message>
        <source>head office</source>
        <translation>head office</translation>
    </message>
    <message>
        <source>before price history</source>
        <translation>before price history</translation>
    </message>
    <message>
        <source>product edit</source>
        <translation>product edit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Importing the price list…</source>
        <translation>Importing the price list…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was scheduled.</source>
        <translation>The import was cancelled; nothing was scheduled.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read. Nothing was scheduled because of these rows; correct them and import the list again:</source>
        <translation><numerusform>%n row read. Nothing was scheduled because of these rows; correct them and import the list again:</numerusform><numerusform>%n rows read. Nothing was scheduled because of these rows; correct them and import the list again:</numerusform></translation>
    </message>
</context>
<context>
    <name>patron::ui::PrinterPage</name>
    <message>
        <source>e.g. tcp://192.168.1.50:9100 or serial:///dev/ttyUSB0?baud=9600</source>
        <translation>e.g. tcp://192.168.1.50:9100 or serial:///dev/ttyUSB0?baud=9600</translation>
    </message>
    <message>
        <source>Chinese (GB18030)</source>
        <translation>Chinese (GB18030)</translation>
    </message>
    <message>
        <source>Latin (code page 858)</source>
        <translation>Latin (code page 858)</translation>
    </message>
    <message>
        <source>Latin (code page 437)</source>
        <translation>Latin (code page 437)</translation>
    </message>
    <message>
        <source>58 mm (32 columns)</source>
        <translation>58 mm (32 columns)</translation>
    </message>
    <message>
        <source>80 mm (48 columns)</source>
        <translation>80 mm (48 columns)</translation>
    </message>
    <message>
        <source>Pin 2</source>
        <translation>Pin 2</translation>
    </message>
    <message>
        <source>Pin 5</source>
        <translation>Pin 5</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Printer on this till</source>
        <translation>Printer on this till</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Character set</source>
        <translation>Character set</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Cash drawer</translation>
    </message>
    <message>
        <source>Drawer pulse</source>
        <translation>Drawer pulse</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Receipt (all tills of this store)</source>
        <translation>Receipt (all tills of this store)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Print test page</source>
        <translation>Print test page</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 x %2 dots</source>
        <translation>%1 x %2 dots</translation>
    </message>
    <message>
        <source>Sample: mineral water 550ml</source>
        <translation>Sample: mineral water 550ml</translation>
    </message>
    <message>
        <source>Sample: apples</source>
        <translation>Sample: apples</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Receipt logo</source>
        <translation>Receipt logo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>The logo is wider than this paper; choose it again.</source>
        <translation>The logo is wider than this paper; choose it again.</translation>
    </message>
    <message>
        <source>Printer and receipt</source>
        <translation>Printer and receipt</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Enter the printer's address first.</source>
        <translation>Enter the printer's address first.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message numerus="yes">
        <source>Test page sent (%n byte(s)).</source>
        <translation><numerusform>Test page sent (%n byte).</numerusform><numerusform>Test page sent (%n bytes).</numerusform></translation>
    </message>
    <message>
        <source>Test print failed: %1</source>
        <translation>Test print failed: %1</translation>
    </message>
    <message>
        <source>e.g. tcp://192.168.1.50:9100</source>
        <translation>e.g. tcp://192.168.1.50:9100</translation>
    </message>
</context>
<context>
    <name>patron::ui::ProductEditDialog</name>
    <message>
        <source>Edit product %1</source>
        <translation>Edit product %1</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>from the name's pinyin</source>
        <translation>from the name's pinyin</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>e.g. Drinks/Soft drinks</source>
        <translation>e.g. Drinks/Soft drinks</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>Member price</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Tax %</source>
        <translation>Tax %</translation>
    </message>
    <message>
        <source>One barcode per line</source>
        <translation>One barcode per line</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <source>Sold by weight</source>
        <translation>Sold by weight</translation>
    </message>
    <message>
        <source>Price entered at the till</source>
        <translation>Price entered at the till</translation>
    </message>
    <message>
        <source>Active (on sale)</source>
        <translation>Active (on sale)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>patron::ui::ProductTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Member price</source>
        <translation>Member price</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Barcodes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>patron::ui::ProductsPage</name>
    <message>
        <source>Search name, initials, barcode or SKU</source>
        <translation>Search name, initials, barcode or SKU</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Print labels…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>First %1 products; search to narrow</source>
        <translation>First %1 products; search to narrow</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation><numerusform>%n product</numerusform><numerusform>%n products</numerusform></translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Importing products…</source>
        <translation>Importing products…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>%1 rows imported: %2 added, %3 updated.</source>
        <translation>%1 rows imported: %2 added, %3 updated.</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Export products</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) exported to %1.</source>
        <translation><numerusform>%n product exported to %1.</numerusform><numerusform>%n products exported to %1.</numerusform></translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Print labels</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>This till is joined to head office, which owns the catalog: products and prices arrive with each sync and cannot be changed here.</source>
        <translation>This till is joined to head office, which owns the catalog: products and prices arrive with each sync and cannot be changed here.</translation>
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
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Net sales</translation>
    </message>
    <message>
        <source>Best sellers</source>
        <translation>Best sellers</translation>
    </message>
    <message>
        <source>Slowest sellers</source>
        <translation>Slowest sellers</translation>
    </message>
    <message>
        <source>Ranked over whole months %1 to %2 (products are summed per month).</source>
        <translation>Ranked over whole months %1 to %2 (products are summed per month).</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Compared with %1 to %2.</source>
        <translation>Compared with %1 to %2.</translation>
    </message>
    <message>
        <source>Best sellers (top %1)</source>
        <translation>Best sellers (top %1)</translation>
    </message>
    <message>
        <source>Slowest sellers (bottom %1)</source>
        <translation>Slowest sellers (bottom %1)</translation>
    </message>
    <message>
        <source>Previous net sales</source>
        <translation>Previous net sales</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>Top products</source>
        <translation>Top products</translation>
    </message>
    <message>
        <source>Bottom products</source>
        <translation>Bottom products</translation>
    </message>
</context>
<context>
    <name>patron::ui::PromotionEditDialog</name>
    <message>
        <source>Change promotion</source>
        <translation>Change promotion</translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation>New promotion</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>Percent off</translation>
    </message>
    <message>
        <source>Amount off each</source>
        <translation>Amount off each</translation>
    </message>
    <message>
        <source>N for a price (multibuy)</source>
        <translation>N for a price (multibuy)</translation>
    </message>
    <message>
        <source>Buy X get Y free</source>
        <translation>Buy X get Y free</translation>
    </message>
    <message>
        <source>e.g. 20 for 20% off</source>
        <translation>e.g. 20 for 20% off</translation>
    </message>
    <message>
        <source>A product</source>
        <translation>A product</translation>
    </message>
    <message>
        <source>A category</source>
        <translation>A category</translation>
    </message>
    <message>
        <source>Find a product: name, initials, barcode or SKU</source>
        <translation>Find a product: name, initials, barcode or SKU</translation>
    </message>
    <message>
        <source>No product chosen</source>
        <translation>No product chosen</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Only between</source>
        <translation>Only between</translation>
    </message>
    <message>
        <source>Members only</source>
        <translation>Members only</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount off each unit (or kg)</source>
        <translation>Amount off each unit (or kg)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>For the price of</source>
        <translation>For the price of</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Example basket</source>
        <translation>Example basket</translation>
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
        <translation>%1: "%2" is not an amount of money, e.g. 12.50.</translation>
    </message>
    <message>
        <source>Percent off: "%1" is not a percentage between 0 and 100.</source>
        <translation>Percent off: "%1" is not a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>Amount off</translation>
    </message>
    <message>
        <source>Choose the product or category the promotion is on.</source>
        <translation>Choose the product or category the promotion is on.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Choose at least one day of the week.</translation>
    </message>
</context>
<context>
    <name>patron::ui::PromotionPreview</name>
    <message>
        <source>Customer is a member</source>
        <translation>Customer is a member</translation>
    </message>
    <message>
        <source>Example unit price</source>
        <translation>Example unit price</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Type an example unit price, e.g. 3.50.</source>
        <translation>Type an example unit price, e.g. 3.50.</translation>
    </message>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>%1 × %2 at %3 = %4: the promotion takes %5 off, the customer pays %6.</source>
        <translation>%1 × %2 at %3 = %4: the promotion takes %5 off, the customer pays %6.</translation>
    </message>
    <message>
        <source>Not running at %1 (its dates, days, hours or members-only rule exclude it).</source>
        <translation>Not running at %1 (its dates, days, hours or members-only rule exclude it).</translation>
    </message>
    <message>
        <source>At the till a line gets the best of member price, tier discount and one promotion, not all of them.</source>
        <translation>At the till a line gets the best of member price, tier discount and one promotion, not all of them.</translation>
    </message>
</context>
<context>
    <name>patron::ui::PromotionTableModel</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>%1% off</translation>
    </message>
    <message>
        <source>%1 off each</source>
        <translation>%1 off each</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>buy %1 get %2 free</source>
        <translation>buy %1 get %2 free</translation>
    </message>
    <message>
        <source>%1 (members)</source>
        <translation>%1 (members)</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>category %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>patron::ui::PromotionsPage</name>
    <message>
        <source>This till is joined to head office, which owns the promotions: they arrive with each sync and cannot be changed here.</source>
        <translation>This till is joined to head office, which owns the promotions: they arrive with each sync and cannot be changed here.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>New promotion</source>
        <translation>New promotion</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Choose a promotion to change.</source>
        <translation>Choose a promotion to change.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Promotion %1 has ended; add a new one instead.</source>
        <translation>Promotion %1 has ended; add a new one instead.</translation>
    </message>
    <message>
        <source>Choose a promotion to end.</source>
        <translation>Choose a promotion to end.</translation>
    </message>
    <message>
        <source>End promotion</source>
        <translation>End promotion</translation>
    </message>
    <message>
        <source>End promotion %1 now?</source>
        <translation>End promotion %1 now?</translation>
    </message>
</context>
<context>
    <name>patron::ui::QuickKeyEditorDialog</name>
    <message>
        <source>Arrange quick keys</source>
        <translation>Arrange quick keys</translation>
    </message>
    <message>
        <source>SKU, PLU or barcode</source>
        <translation>SKU, PLU or barcode</translation>
    </message>
    <message>
        <source>empty: the product's name</source>
        <translation>empty: the product's name</translation>
    </message>
    <message>
        <source>Key number</source>
        <translation>Key number</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Label on the key</source>
        <translation>Label on the key</translation>
    </message>
    <message>
        <source>Put on key</source>
        <translation>Put on key</translation>
    </message>
    <message>
        <source>Empty key</source>
        <translation>Empty key</translation>
    </message>
    <message>
        <source>Keys in use (numbered left to right, %1 to a row):</source>
        <translation>Keys in use (numbered left to right, %1 to a row):</translation>
    </message>
    <message>
        <source>%1.  %2   %3   (SKU %4)</source>
        <translation>%1.  %2   %3   (SKU %4)</translation>
    </message>
    <message>
        <source>Type the product's SKU, PLU or barcode.</source>
        <translation>Type the product's SKU, PLU or barcode.</translation>
    </message>
    <message>
        <source>Key %1 now sells %2.</source>
        <translation>Key %1 now sells %2.</translation>
    </message>
    <message>
        <source>Key %1 is empty.</source>
        <translation>Key %1 is empty.</translation>
    </message>
</context>
<context>
    <name>patron::ui::QuickKeyPanel</name>
    <message>
        <source>Quick keys (goods without a barcode)</source>
        <translation>Quick keys (goods without a barcode)</translation>
    </message>
    <message>
        <source>Arrange…</source>
        <translation>Arrange…</translation>
    </message>
    <message>
        <source>No quick keys yet. A manager puts products on keys with “Arrange…”.</source>
        <translation>No quick keys yet. A manager puts products on keys with “Arrange…”.</translation>
    </message>
    <message>
        <source>price at till</source>
        <translation>price at till</translation>
    </message>
    <message>
        <source>%1 (SKU %2)</source>
        <translation>%1 (SKU %2)</translation>
    </message>
</context>
<context>
    <name>patron::ui::ReportTab</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
</context>
<context>
    <name>patron::ui::ReportsPage</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 could not be written.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>The report could not be made.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Compare with the previous period</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>Updated %1.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 to %3</translation>
    </message>
    <message>
        <source>Days or months</source>
        <translation>Days or months</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Top/bottom</source>
        <translation>Top/bottom</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>patron::ui::ReprintDialog</name>
    <message>
        <source>Or type or scan a receipt number</source>
        <translation>Or type or scan a receipt number</translation>
    </message>
    <message>
        <source>Print copy</source>
        <translation>Print copy</translation>
    </message>
    <message>
        <source>%1  %2  return %3</source>
        <translation>%1  %2  return %3</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>Choose a receipt or type its number.</source>
        <translation>Choose a receipt or type its number.</translation>
    </message>
    <message>
        <source>No printer is set up; the copy is shown here only.</source>
        <translation>No printer is set up; the copy is shown here only.</translation>
    </message>
    <message>
        <source>Reprint a receipt or slip</source>
        <translation>Reprint a receipt or slip</translation>
    </message>
    <message>
        <source>Recent receipts and slips of this till:</source>
        <translation>Recent receipts and slips of this till:</translation>
    </message>
    <message>
        <source>%1  top-up %2  %3</source>
        <translation>%1  top-up %2  %3</translation>
    </message>
    <message>
        <source>%1  gift %2  %3 points</source>
        <translation>%1  gift %2  %3 points</translation>
    </message>
</context>
<context>
    <name>patron::ui::ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Return against receipt %1</source>
        <translation>Return against receipt %1</translation>
    </message>
    <message>
        <source>Tick the lines coming back and type how many.</source>
        <translation>Tick the lines coming back and type how many.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>Return now</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Faulty</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Wrong item</translation>
    </message>
    <message>
        <source>Customer changed their mind</source>
        <translation>Customer changed their mind</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>The return slip appears here.</source>
        <translation>The return slip appears here.</translation>
    </message>
    <message>
        <source>No lines picked.</source>
        <translation>No lines picked.</translation>
    </message>
    <message>
        <source>About %1 goes back to the original payments.</source>
        <translation>About %1 goes back to the original payments.</translation>
    </message>
    <message>
        <source>Line %1: type a quantity from %2 to %3.</source>
        <translation>Line %1: type a quantity from %2 to %3.</translation>
    </message>
    <message>
        <source>Tick at least one line to return.</source>
        <translation>Tick at least one line to return.</translation>
    </message>
    <message>
        <source>Choose or type a reason for the return.</source>
        <translation>Choose or type a reason for the return.</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1: %2 points</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refunded %1
%2</source>
        <translation>Refunded %1
%2</translation>
    </message>
    <message>
        <source>This receipt is from another store or till. Type the total printed on it: head office shows the sale only when the total matches.</source>
        <translation>This receipt is from another store or till. Type the total printed on it: head office shows the sale only when the total matches.</translation>
    </message>
    <message>
        <source>Receipt total:</source>
        <translation>Receipt total:</translation>
    </message>
    <message>
        <source>e.g. 36.00</source>
        <translation>e.g. 36.00</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Type the receipt's total as printed on it, for example 36.00.</source>
        <translation>Type the receipt's total as printed on it, for example 36.00.</translation>
    </message>
</context>
<context>
    <name>patron::ui::RolePermissions</name>
    <message>
        <source>%1 may not change roles and permissions.</source>
        <translation>%1 may not change roles and permissions.</translation>
    </message>
    <message>
        <source>Unknown role: %1</source>
        <translation>Unknown role: %1</translation>
    </message>
    <message>
        <source>Unknown permission: %1</source>
        <translation>Unknown permission: %1</translation>
    </message>
</context>
<context>
    <name>patron::ui::SalesTab</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Net sales</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Discounts</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Gross margin</source>
        <translation>Gross margin</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Margin %</source>
        <translation>Margin %</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Net sales by weekday and hour</source>
        <translation>Net sales by weekday and hour</translation>
    </message>
    <message>
        <source>%1 to %2: net sales %3 in %4 transactions, average basket %5, gross margin %6.</source>
        <translation>%1 to %2: net sales %3 in %4 transactions, average basket %5, gross margin %6.</translation>
    </message>
    <message>
        <source>Previous period (%1 to %2): %3, change %4.</source>
        <translation>Previous period (%1 to %2): %3, change %4.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Net sales by period</source>
        <translation>Net sales by period</translation>
    </message>
    <message>
        <source>Net sales by hour of day</source>
        <translation>Net sales by hour of day</translation>
    </message>
    <message>
        <source>Net sales by category</source>
        <translation>Net sales by category</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Previous net sales</source>
        <translation>Previous net sales</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>Previous amount</source>
        <translation>Previous amount</translation>
    </message>
    <message>
        <source>Sales by period</source>
        <translation>Sales by period</translation>
    </message>
    <message>
        <source>Sales by category</source>
        <translation>Sales by category</translation>
    </message>
    <message>
        <source>Sales by cashier</source>
        <translation>Sales by cashier</translation>
    </message>
    <message>
        <source>Sales by tender</source>
        <translation>Sales by tender</translation>
    </message>
</context>
<context>
    <name>patron::ui::ScannerConfig</name>
    <message>
        <source>The till setting %1 is not valid JSON; the defaults are used.</source>
        <translation>The till setting %1 is not valid JSON; the defaults are used.</translation>
    </message>
    <message>
        <source>Scanner settings: %1 The defaults are used.</source>
        <translation>Scanner settings: %1 The defaults are used.</translation>
    </message>
    <message>
        <source>Member card rules: %1 The defaults are used.</source>
        <translation>Member card rules: %1 The defaults are used.</translation>
    </message>
    <message>
        <source>The scanner's baud rate %1 is not supported; 9600 is used.</source>
        <translation>The scanner's baud rate %1 is not supported; 9600 is used.</translation>
    </message>
</context>
<context>
    <name>patron::ui::ScannerPage</name>
    <message>
        <source> characters</source>
        <translation> characters</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Scanner on this till</source>
        <translation>Scanner on this till</translation>
    </message>
    <message>
        <source>Shortest code</source>
        <translation>Shortest code</translation>
    </message>
    <message>
        <source>Average time between keys, at most</source>
        <translation>Average time between keys, at most</translation>
    </message>
    <message>
        <source>Longest pause between keys</source>
        <translation>Longest pause between keys</translation>
    </message>
    <message>
        <source>Prefix sent before each code</source>
        <translation>Prefix sent before each code</translation>
    </message>
    <message>
        <source>Suffix sent after each code</source>
        <translation>Suffix sent after each code</translation>
    </message>
    <message>
        <source>none (keyboard scanner)</source>
        <translation>none (keyboard scanner)</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Serial port</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baud rate</translation>
    </message>
    <message>
        <source>e.g. 8800, 8801 (empty: no member cards)</source>
        <translation>e.g. 8800, 8801 (empty: no member cards)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Member cards and QR codes</source>
        <translation>Member cards and QR codes</translation>
    </message>
    <message>
        <source>Card numbers start with</source>
        <translation>Card numbers start with</translation>
    </message>
    <message>
        <source>Card number length</source>
        <translation>Card number length</translation>
    </message>
    <message>
        <source>Member QR code prefix</source>
        <translation>Member QR code prefix</translation>
    </message>
    <message>
        <source>Click here and scan a barcode</source>
        <translation>Click here and scan a barcode</translation>
    </message>
    <message>
        <source>Scanner test (uses the settings on screen)</source>
        <translation>Scanner test (uses the settings on screen)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>The checkout uses new settings when the back office closes.</source>
        <translation>The checkout uses new settings when the back office closes.</translation>
    </message>
    <message>
        <source>The longest pause cannot be shorter than the average time between keys.</source>
        <translation>The longest pause cannot be shorter than the average time between keys.</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Typing (too slow or too short for a scan): “%1”. At the till this is a search.</source>
        <translation>Typing (too slow or too short for a scan): “%1”. At the till this is a search.</translation>
    </message>
    <message>
        <source>Scan: %1</source>
        <translation>Scan: %1</translation>
    </message>
    <message>
        <source>product barcode %1</source>
        <translation>product barcode %1</translation>
    </message>
    <message>
        <source>scale label, PLU %1</source>
        <translation>scale label, PLU %1</translation>
    </message>
    <message>
        <source>, amount %1</source>
        <translation>, amount %1</translation>
    </message>
    <message>
        <source>, weight %1 kg</source>
        <translation>, weight %1 kg</translation>
    </message>
    <message>
        <source>member QR code, card %1</source>
        <translation>member QR code, card %1</translation>
    </message>
    <message>
        <source>member card %1</source>
        <translation>member card %1</translation>
    </message>
    <message>
        <source>receipt %1 (starts a return)</source>
        <translation>receipt %1 (starts a return)</translation>
    </message>
    <message>
        <source>%1 payment code %2 (taken on the payment screen)</source>
        <translation>%1 payment code %2 (taken on the payment screen)</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>not usable: %1</source>
        <translation>not usable: %1</translation>
    </message>
</context>
<context>
    <name>patron::ui::ShiftDialog</name>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Amount: float, cash in/out or counted cash</source>
        <translation>Amount: float, cash in/out or counted cash</translation>
    </message>
    <message>
        <source>Reason for cash in/out</source>
        <translation>Reason for cash in/out</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Close shift</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>X report</translation>
    </message>
    <message>
        <source>Z report (day end)</source>
        <translation>Z report (day end)</translation>
    </message>
    <message>
        <source>Shift open since %1 by %2, float %3</source>
        <translation>Shift open since %1 by %2, float %3</translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation>No shift is open.</translation>
    </message>
    <message>
        <source>Type the float, such as 200.</source>
        <translation>Type the float, such as 200.</translation>
    </message>
    <message>
        <source>Type an amount such as 50.</source>
        <translation>Type an amount such as 50.</translation>
    </message>
    <message>
        <source>Type the cash counted in the drawer.</source>
        <translation>Type the cash counted in the drawer.</translation>
    </message>
</context>
<context>
    <name>patron::ui::StoreDetailsSettings</name>
    <message>
        <source>%1 may not change the store details.</source>
        <translation>%1 may not change the store details.</translation>
    </message>
    <message>
        <source>The store needs a name.</source>
        <translation>The store needs a name.</translation>
    </message>
    <message>
        <source>"%1" is not a tax id: 15, 18 or 20 digits and capital letters.</source>
        <translation>"%1" is not a tax id: 15, 18 or 20 digits and capital letters.</translation>
    </message>
</context>
<context>
    <name>patron::ui::StoreDetailsSettingsPage</name>
    <message>
        <source>Store %1 · till %2</source>
        <translation>Store %1 · till %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Store name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Tax id</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>This till is joined to head office, which owns the store's name and codes.</source>
        <translation>This till is joined to head office, which owns the store's name and codes.</translation>
    </message>
    <message>
        <source>The codes cannot change: they are in every receipt number. A new name shows in the window title after the next start.</source>
        <translation>The codes cannot change: they are in every receipt number. A new name shows in the window title after the next start.</translation>
    </message>
    <message>
        <source>Store details</source>
        <translation>Store details</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The address, phone and tax id print in the receipt header.</source>
        <translation>The address, phone and tax id print in the receipt header.</translation>
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
    <message>
        <source>Opening the store… After Patron has been updated this can take a few minutes on a large store; please do not switch the computer off.</source>
        <translation>Opening the store… After Patron has been updated this can take a few minutes on a large store; please do not switch the computer off.</translation>
    </message>
</context>
<context>
    <name>patron::ui::SyncIndicator</name>
    <message numerus="yes">
        <source>%n event(s) waiting</source>
        <translation><numerusform>%n event waiting</numerusform><numerusform>%n events waiting</numerusform></translation>
    </message>
    <message>
        <source>Standalone · %1</source>
        <translation>Standalone · %1</translation>
    </message>
    <message>
        <source>This till is not joined to a head office; everything is kept in this store.</source>
        <translation>This till is not joined to a head office; everything is kept in this store.</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>%1 pulled change(s) waiting to be applied</source>
        <translation>%1 pulled change(s) waiting to be applied</translation>
    </message>
    <message>
        <source>safe to shut down</source>
        <translation>safe to shut down</translation>
    </message>
    <message numerus="yes">
        <source>sending %n event(s)…</source>
        <translation><numerusform>sending %n event…</numerusform><numerusform>sending %n events…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) not yet sent</source>
        <translation><numerusform>%n event not yet sent</numerusform><numerusform>%n events not yet sent</numerusform></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>The events are kept safely on this till: shutting down loses nothing, they are sent after the next start. Until then head office does not know about them.</source>
        <translation>The events are kept safely on this till: shutting down loses nothing, they are sent after the next start. Until then head office does not know about them.</translation>
    </message>
    <message>
        <source>%1: beyond the limit, correct this PC's clock.</source>
        <translation>%1: beyond the limit, correct this PC's clock.</translation>
    </message>
    <message>
        <source>%1: within the limit.</source>
        <translation>%1: within the limit.</translation>
    </message>
</context>
<context>
    <name>patron::ui::TillKeyMap</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Member details</source>
        <translation>Member details</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Top up</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Return (second key)</source>
        <translation>Return (second key)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Back office</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Show or hide this help</translation>
    </message>
    <message>
        <source>Find, register or attach a member</source>
        <translation>Find, register or attach a member</translation>
    </message>
    <message>
        <source>The member's details: edit, history</source>
        <translation>The member's details: edit, history</translation>
    </message>
    <message>
        <source>Change the quantity of the selected line</source>
        <translation>Change the quantity of the selected line</translation>
    </message>
    <message>
        <source>Discount the selected line</source>
        <translation>Discount the selected line</translation>
    </message>
    <message>
        <source>Change the price of the selected line</source>
        <translation>Change the price of the selected line</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Remove the selected line</translation>
    </message>
    <message>
        <source>Hold the cart</source>
        <translation>Hold the cart</translation>
    </message>
    <message>
        <source>Resume a held cart</source>
        <translation>Resume a held cart</translation>
    </message>
    <message>
        <source>Shift: open, cash in/out, close, X/Z report</source>
        <translation>Shift: open, cash in/out, close, X/Z report</translation>
    </message>
    <message>
        <source>Top up the member's stored value</source>
        <translation>Top up the member's stored value</translation>
    </message>
    <message>
        <source>Pay with points</source>
        <translation>Pay with points</translation>
    </message>
    <message>
        <source>Redeem the member's points for a gift</source>
        <translation>Redeem the member's points for a gift</translation>
    </message>
    <message>
        <source>Return goods (or scan the receipt's barcode)</source>
        <translation>Return goods (or scan the receipt's barcode)</translation>
    </message>
    <message>
        <source>Return goods: a second key</source>
        <translation>Return goods: a second key</translation>
    </message>
    <message>
        <source>Reprint a receipt or slip (marked as a copy)</source>
        <translation>Reprint a receipt or slip (marked as a copy)</translation>
    </message>
    <message>
        <source>Open the back office (managers)</source>
        <translation>Open the back office (managers)</translation>
    </message>
    <message>
        <source>Back: clear the search</source>
        <translation>Back: clear the search</translation>
    </message>
    <message>
        <source>Lock the till</source>
        <translation>Lock the till</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 for "%2" is several keys in a row; give one key (with Ctrl, Alt or Shift if you like).</source>
        <translation>%1 for "%2" is several keys in a row; give one key (with Ctrl, Alt or Shift if you like).</translation>
    </message>
    <message>
        <source>%1 cannot be the key for "%2": the scanner and the search field need digits, letters, Enter and Tab. Use a function key or Ctrl+key.</source>
        <translation>%1 cannot be the key for "%2": the scanner and the search field need digits, letters, Enter and Tab. Use a function key or Ctrl+key.</translation>
    </message>
    <message>
        <source>%1 is the key for both "%2" and "%3"; one key can do one thing.</source>
        <translation>%1 is the key for both "%2" and "%3"; one key can do one thing.</translation>
    </message>
    <message>
        <source>The till keys setting is not valid JSON.</source>
        <translation>The till keys setting is not valid JSON.</translation>
    </message>
    <message>
        <source>"%1" in the till keys is not a key.</source>
        <translation>"%1" in the till keys is not a key.</translation>
    </message>
    <message>
        <source>%1 The default keys are used.</source>
        <translation>%1 The default keys are used.</translation>
    </message>
</context>
<context>
    <name>patron::ui::TillKeysPage</name>
    <message>
        <source>The keys every till of this store uses. Click a key box and press the new key; function keys and Ctrl+key work best. Digits, letters, Enter and Tab belong to the scanner.</source>
        <translation>The keys every till of this store uses. Click a key box and press the new key; function keys and Ctrl+key work best. Digits, letters, Enter and Tab belong to the scanner.</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>No key</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Till keys</source>
        <translation>Till keys</translation>
    </message>
    <message>
        <source>Saved. The till uses the new keys when the back office closes.</source>
        <translation>Saved. The till uses the new keys when the back office closes.</translation>
    </message>
</context>
<context>
    <name>patron::ui::TillKeysSettings</name>
    <message>
        <source>%1 may not change the till keys.</source>
        <translation>%1 may not change the till keys.</translation>
    </message>
</context>
<context>
    <name>patron::ui::TillPrinter</name>
    <message>
        <source>Printer ready</source>
        <translation>Printer ready</translation>
    </message>
    <message>
        <source>No printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <source>Printer error</source>
        <translation>Printer error</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>patron::ui::TopUpDialog</name>
    <message>
        <source>Top up stored value</source>
        <translation>Top up stored value</translation>
    </message>
    <message>
        <source>Top up %1, get %2 free</source>
        <translation>Top up %1, get %2 free</translation>
    </message>
    <message>
        <source> + %1 points</source>
        <translation> + %1 points</translation>
    </message>
    <message>
        <source>No top-up bonus at the moment.</source>
        <translation>No top-up bonus at the moment.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Top up</source>
        <translation>Top up</translation>
    </message>
    <message>
        <source>Type an amount such as 100.</source>
        <translation>Type an amount such as 100.</translation>
    </message>
</context>
<context>
    <name>patron::ui::TotalsPanel</name>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>patron::ui::UnknownCodeBar</name>
    <message>
        <source>Search instead</source>
        <translation>Search instead</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <source>Barcode %1 is not in the catalog.</source>
        <translation>Barcode %1 is not in the catalog.</translation>
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
<context>
    <name>patron::ui::UsersPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Disable / enable</translation>
    </message>
    <message>
        <source>Permissions by role</source>
        <translation>Permissions by role</translation>
    </message>
    <message>
        <source>Save permissions</source>
        <translation>Save permissions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Choose a user first.</source>
        <translation>Choose a user first.</translation>
    </message>
    <message>
        <source>%1 has a new PIN and can sign in again.</source>
        <translation>%1 has a new PIN and can sign in again.</translation>
    </message>
    <message>
        <source>You cannot disable yourself.</source>
        <translation>You cannot disable yourself.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Saved. They apply from each user's next sign-in.</source>
        <translation>Saved. They apply from each user's next sign-in.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>%1 is now %2. The new permissions apply from their next sign-in.</source>
        <translation>%1 is now %2. The new permissions apply from their next sign-in.</translation>
    </message>
</context>
</TS>