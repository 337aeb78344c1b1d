package io.orderflow.artemis;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import javax.transaction.xa.Xid;
import org.junit.jupiter.api.Test;

class DatabasePreparedBranchesTest {

  @Test
  void a_prepared_transaction_named_by_the_driver_reads_back_as_the_branch_that_prepared_it() {
    // as seen in pg_prepared_xacts after a server kill
    String gid = "4871251_9iwAAMZYlh52bSxzZXJ2ZXIsUDEwMA==_dm0sc2VydmVyLFAxMDAsAQ==";

    Xid branch = DatabasePreparedBranches.Branch.parse(gid).orElseThrow();

    assertThat(branch.getFormatId()).isEqualTo(4871251);
    assertThat(branch.getGlobalTransactionId())
        .isEqualTo(Base64.getDecoder().decode("9iwAAMZYlh52bSxzZXJ2ZXIsUDEwMA=="));
    assertThat(new String(branch.getBranchQualifier(), ISO_8859_1)).startsWith("vm,server,P100");
    assertThat(DatabasePreparedBranches.Branch.parse(gid)).contains(branch);
  }

  @Test
  void a_transaction_prepared_by_hand_is_not_an_xa_branch() {
    assertThat(DatabasePreparedBranches.Branch.parse("maintenance")).isEmpty();
    assertThat(DatabasePreparedBranches.Branch.parse("a_b_c")).isEmpty();
  }
}
