package nl.schoolveilig.intake;

import nl.schoolveilig.support.PostgresTest;

/** The channel contract on PostgreSQL ({@link PostgresTest}). */
@PostgresTest
class PostgresChannelsIT extends ChannelsContract {
}
