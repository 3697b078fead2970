package nl.schoolveilig.intake;

import nl.schoolveilig.support.SharedContextTest;

/** The channel contract on the embedded default: H2 and the in-process Kafka broker. */
@SharedContextTest
class ChannelsIT extends ChannelsContract {
}
