/** The tree transformation behind {@link dev.quarry.policy.RowPolicies}; not API. */
@NullMarked
package dev.quarry.policy.internal;

import org.jspecify.annotations.NullMarked;
