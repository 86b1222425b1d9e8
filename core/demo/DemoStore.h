#pragma once
// The ready-made demo store that `patron --demo` opens: an encrypted store like any other, with
// demo users (and, as the engines land, a demo catalog and members). Its passphrase is public on
// purpose; never use the demo store for a real shop.

#include "common/Result.h"
#include "store/Store.h"

#include <memory>

namespace patron {

class Clock;

struct DemoStore {
    static QByteArray passphrase();  // "patron-demo-store"
    static QString defaultDir();     // <app data>/Patron/demo
    // Opens the demo store in dir, creating and seeding it first when it does not exist.
    static Result<std::unique_ptr<Store>> openOrCreate(const QString& dir, const Clock& clock);
};

// Demo users: admin (PIN 1234), manager "zhang" (2222), cashier "li" (0000).
Result<void> seedDemoUsers(Store& store, const Clock& clock);

} // namespace patron
