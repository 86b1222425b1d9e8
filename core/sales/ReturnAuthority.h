#pragma once
// Head office's part in a return with a receipt, for a till joined to it (HqReturnAuthority in
// core/sync). A receipt of another store is fetched from head office and kept as a copy the
// till's totals never count; the quantities a return takes back are held at head office before
// the return's transaction, so two tills cannot both return the last unit of a line. Without one
// (a standalone till), ReturnService works from the till's own sales alone.
// The calls that wait on head office run through the authority's BlockingRunner; the till's
// Database is only ever used on the calling thread.

#include "common/Result.h"
#include "common/Uuid.h"

#include <QList>
#include <QString>
#include <optional>
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
    // Without the network: head office will hand over this receipt's sale only with the total
    // printed on it (the receipt is another till's and this till holds no copy of it).
    virtual bool needsReceiptTotal(const QString& receiptNo) = 0;
    // Before a return of `receiptNo`, outside any transaction: brings the sale from head office
    // when this till does not hold it, and what other tills returned of it. `receiptTotalMinor`:
    // the total printed on the receipt, when needsReceiptTotal(). An error the cashier reads when
    // the receipt is another store's and head office cannot be reached; ok when the till may go
    // on with what it holds.
    virtual Result<void> prepare(const QString& receiptNo, std::optional<qint64> receiptTotalMinor) = 0;
    // Holds the claim's quantities at head office, outside the return's transaction. Refused when
    // that would return more than was sold chain-wide. A till's own sale while head office is
    // unreachable: ok, the till's own records decide.
    virtual Result<void> reserve(const ReturnClaim& claim) = 0;
    // Inside the return's transaction, after a successful reserve(): the hold is to be kept
    // (confirmed at head office by the sync worker). Throws StoreException like any write there.
    virtual void committing(const Uuid& returnUuid) = 0;
    // The return did not complete: its hold is let go of, now if head office answers, else by
    // the sync worker.
    virtual void release(const Uuid& returnUuid) = 0;
};

} // namespace patron
