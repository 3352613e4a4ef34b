package se.hord.survey.sms.inbound;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Inbound messages in {@code sms_inbound}, one per MessageSid. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface InboundRepository extends CrudRepository<InboundRow, String> {}
