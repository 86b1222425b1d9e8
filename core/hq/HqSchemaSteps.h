#pragma once
// The SQL of each head-office schema step, kept apart from the code that applies them so a
// reviewer reads the schema as SQL. A shipped step never changes; later versions append.

namespace patron::hqsql {

const char* v1Tables();     // stores, tills, events, sales, members, ledgers, catalog, change log
const char* v1Appliers();   // one function per event type, version dispatch, conflict checks
const char* v1TillApi();    // what a till may call: push, pull, clock check, member lookup
const char* v1Admin();      // provisioning: stores, tills, roles, revocation
const char* v2Reservations();  // stored value reserved online before a spend, settled by the push
const char* v3OwnHistory();    // a restored till's own ledger entries and receipt numbers
const char* v4MemberMerge();   // member.merged: ledgers to the survivor; formats as a table
const char* v5ReleaseHold();   // a till lets go of the stored-value hold of a sale that failed
const char* v6SaleReturns();   // a sale handed to another till for a return; returns held chain-wide
const char* v7ConfirmReturn(); // a committed return's hold lasts until its event arrives
const char* v8ReceiptCheck();  // another till's receipt handed over only with its total; look-ups logged
const char* v9RepullShifts();  // shifts from their open; own shifts and foreign originals re-pulled
const char* v10DrawerAndDay(); // cash in/out and day closes kept, and re-pulled by their till
const char* grants();          // run after every install: the till group, who may execute what

} // namespace patron::hqsql
