#pragma once
// Head office's part in a return with a receipt, for a till joined to it (HqReturnAuthority in
// core/sync). A receipt of another store is fetched from head office and kept as a copy the
// till's totals never count; the quantities a return takes back are held at head office before
// the return's transaction, so two tills cannot both return the last unit of a line. Without one
// (a standalone till), ReturnService works from the till's own sales alone.

#include "common/Result.h"
#include "common/Uuid.h"

#include <QList>
#include <QString>
#include <utility>

namespace patron {

struct ReturnClaim {
    Uuid returnUuid;
    Uuid saleUuid;
    bool foreign = false;                // the sale was made in another store (or another till)
    QList<std::pair<int, qint64>> lines; // line number on the receipt, quantity in thousandths
};

class ReturnAuthority {
public:
    virtual ~ReturnAuthority() = default;
    // Before a return of `receiptNo`, outside any transaction: brings the sale from head office
    // when this till does not hold it, and what other tills returned of it. An error the cashier
    // reads when the receipt is another store's and head office cannot be reached; ok when the
    // till may go on with what it holds.
    virtual Result<void> prepare(const QString& receiptNo) = 0;
    // Holds the claim's quantities at head office, outside the return's transaction. Refused when
    // that would return more than was sold chain-wide. A till's own sale while head office is
    // unreachable: ok, the till's own records decide.
    virtual Result<void> reserve(const ReturnClaim& claim) = 0;
    // The return did not complete: lets go of its hold (best effort; an unreleased hold expires).
    virtual void release(const Uuid& returnUuid) = 0;
    // The return was committed: its hold must outlast any time the till spends offline before
    // its event reaches head office (best effort; unconfirmed, the hold expires as before).
    virtual void confirm(const Uuid& returnUuid) = 0;
};

} // namespace patron
