package nl.schoolveilig.security.internal;

import nl.schoolveilig.directory.Account;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A valid bearer token from the board's provider acts as the directory person it names, with their roles. */
class DirectoryBearerTokens implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ClaimedPerson claimedPerson;
    private final DirectoryAuthorities authorities;

    DirectoryBearerTokens(ClaimedPerson claimedPerson, DirectoryAuthorities authorities) {
        this.claimedPerson = claimedPerson;
        this.authorities = authorities;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        Account account = claimedPerson.ofBearer(token.getClaims())
                .orElseThrow(() -> new InvalidBearerTokenException("The token names nobody in the board's directory"));
        return new JwtAuthenticationToken(token, authorities.of(account), account.username());
    }
}
