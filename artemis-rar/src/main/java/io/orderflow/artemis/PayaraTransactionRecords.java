package io.orderflow.artemis;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.transaction.xa.Xid;

/**
 * What Payara's transaction manager (JTS) knows about a transaction, read from its recovery
 * manager.
 *
 * <p>This is Payara-internal state, reached by reflection, because no public API answers "does the
 * transaction manager still have a coordinator for this Xid?". The rule is the one JTS applies to
 * in-doubt branches at server start ({@code RecoveryManager.proceedWithXARecovery}): a branch of
 * this server whose global transaction has no coordinator is unknown. We add the transactions whose
 * second phase failed and wait for the recovery thread ({@code inCompleteTxMap}), because JTS drops
 * their coordinator from the first map before it has settled them.
 */
final class PayaraTransactionRecords {

  private static final String RECOVERY_MANAGER = "com.sun.jts.CosTransactions.RecoveryManager";

  private final Method coordinatorOf;
  private final Field incompleteTransactions;
  private final Field resyncInProgress;
  private final Constructor<?> globalTid;
  private final Constructor<?> otid;
  private final String serverName;

  private PayaraTransactionRecords(ClassLoader jts) throws ReflectiveOperationException {
    Class<?> recoveryManager = jts.loadClass(RECOVERY_MANAGER);
    Class<?> globalTidType = jts.loadClass("com.sun.jts.CosTransactions.GlobalTID");
    Class<?> otidType = jts.loadClass("org.omg.CosTransactions.otid_t");
    coordinatorOf = accessible(recoveryManager.getDeclaredMethod("getCoordinator", globalTidType));
    incompleteTransactions = accessible(recoveryManager.getDeclaredField("inCompleteTxMap"));
    resyncInProgress = accessible(recoveryManager.getDeclaredField("resyncInProgress"));
    globalTid = accessible(globalTidType.getConstructor(otidType));
    otid = accessible(otidType.getConstructor(int.class, int.class, byte[].class));
    Method serverNameOf =
        accessible(
            jts.loadClass("com.sun.jts.CosTransactions.Configuration").getMethod("getServerName"));
    serverName = (String) serverNameOf.invoke(null);
  }

  /**
   * The records of the server's transaction manager, once it runs JTS (Payara switches to it when a
   * transaction first spans two resources).
   */
  static PayaraTransactionRecords find() throws NamingException, ReflectiveOperationException {
    // java:appserver/TransactionManager is a helper around the JavaEETransactionManager, whose
    // delegate is the JTS one, loaded by the bundle that holds the recovery manager.
    Object helper = new InitialContext().lookup("java:appserver/TransactionManager");
    Object delegate = fieldValue(fieldValue(helper, "transactionManager"), "delegate");
    if (delegate == null) {
      throw new ClassNotFoundException("no transaction manager delegate yet");
    }
    PayaraTransactionRecords records =
        new PayaraTransactionRecords(delegate.getClass().getClassLoader());
    if (records.serverName == null) {
      throw new IllegalStateException("JTS has no server name yet");
    }
    return records;
  }

  /** JTS names its branches after the server: other servers' branches are theirs to settle. */
  boolean isBranchOfThisServer(Xid xid) {
    return new String(xid.getBranchQualifier(), StandardCharsets.ISO_8859_1).startsWith(serverName);
  }

  /** What the transaction manager will do with the branch, as far as its records say. */
  enum Fate {
    /** Its coordinator is still at work: leave the branch to it. */
    IN_PROGRESS,
    /** The second phase failed and the recovery thread will commit it. */
    AWAITS_COMMIT,
    /** The second phase failed and the recovery thread will roll it back. */
    AWAITS_ROLLBACK,
    /** No record at all: at server start, JTS would roll it back (presumed abort). */
    UNKNOWN
  }

  Fate fateOf(Xid xid) throws ReflectiveOperationException {
    Object transaction =
        globalTid.newInstance(
            otid.newInstance(xid.getFormatId(), 0, xid.getGlobalTransactionId().clone()));
    if (coordinatorOf.invoke(null, transaction) != null) {
      return Fate.IN_PROGRESS;
    }
    // JTS puts a coordinator in this map before it drops it from the first one, so looking in this
    // order never misses one in between.
    Hashtable<?, ?> incomplete = (Hashtable<?, ?>) incompleteTransactions.get(null);
    Map<Object, Object> decisions;
    synchronized (incomplete) {
      decisions = new HashMap<>(incomplete);
    }
    for (Map.Entry<Object, Object> decision : decisions.entrySet()) {
      Object coordinator = decision.getKey();
      Object itsTransaction =
          globalTid.newInstance(
              accessible(coordinator.getClass().getMethod("getGlobalTID")).invoke(coordinator));
      if (transaction.equals(itsTransaction)) {
        return Boolean.TRUE.equals(decision.getValue()) ? Fate.AWAITS_COMMIT : Fate.AWAITS_ROLLBACK;
      }
    }
    return Fate.UNKNOWN;
  }

  /**
   * Whether JTS has finished the recovery it runs at server start: until then a transaction whose
   * decision is in its log has no coordinator yet. It drops the semaphore it waits on when done.
   */
  boolean startupRecoveryIsOver() throws ReflectiveOperationException {
    Object inProgress = resyncInProgress.get(null);
    return inProgress == null
        || Boolean.TRUE.equals(
            accessible(inProgress.getClass().getMethod("isPosted")).invoke(inProgress));
  }

  String serverName() {
    return serverName;
  }

  private static Object fieldValue(Object owner, String name) throws ReflectiveOperationException {
    for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
      try {
        return accessible(type.getDeclaredField(name)).get(owner);
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(name + " in " + owner.getClass().getName());
  }

  private static <T extends java.lang.reflect.AccessibleObject> T accessible(T member) {
    member.setAccessible(true);
    return member;
  }
}
