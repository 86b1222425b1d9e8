#include "sync/ResyncGate.h"

#include "store/Database.h"

#include <QCoreApplication>

namespace patron {

// Translation context for this file's messages (a named struct, so lupdate finds it).
struct ResyncGateTr {
    Q_DECLARE_TR_FUNCTIONS(patron::ResyncGate)
};

bool ResyncGate::pending() const
{
    return m_db.queryText("SELECT value FROM meta WHERE key = 'needs_resync'").value_or(QString()) == u"1";
}

void ResyncGate::clear()
{
    Q_ASSERT(m_db.inTransaction());
    m_db.execute("DELETE FROM meta WHERE key = 'needs_resync'");
}

Result<void> ResyncGate::checkCanSell(bool joined) const
{
    return guarded([&]() -> Result<void> {
        if (joined && pending())
            return makeError(ErrorCode::Refused,
                             ResyncGateTr::tr("This till was restored from a backup and must sync with head office "
                                              "before it sells again. Connect it to the network and run a sync."));
        return {};
    });
}

} // namespace patron
