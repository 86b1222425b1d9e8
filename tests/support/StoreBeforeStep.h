#pragma once
// For the test of one schema step: a plain (unencrypted) store file on disk migrated through
// every step before it. The test writes rows as the older steps kept them, then migrates the
// rest and checks what the step made of them.

#include "store/Database.h"

#include <QTemporaryDir>

namespace patron::test {

class StoreBeforeStep {
public:
    explicit StoreBeforeStep(int version);
    Database& db() { return m_db; }
    // Every step from `version` on (REQUIREs success).
    void migrateRest();
    // The steps from `version` up to `last` only, for a test of a step later ones changed again.
    void migrateThrough(int last);

private:
    QTemporaryDir m_dir;
    Database m_db;
};

} // namespace patron::test
