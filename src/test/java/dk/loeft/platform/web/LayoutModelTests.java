package dk.loeft.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.loeft.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;

class LayoutModelTests {

    final LayoutModel layout = new LayoutModel();
    final MockHttpServletRequest request = new MockHttpServletRequest();
    final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRenderedPageGetsTheUserTheMenuAndTheKommuneNameFromThePrincipal() {
        var user = TestUsers.finance(175);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        ModelAndView page = new ModelAndView("coverage/overview");

        layout.postHandle(request, response, new Object(), page);

        assertThat(page.getModel())
                .containsEntry("currentUser", user)
                .containsEntry("currentKommuneName", "Testkommune 175")
                .containsEntry("navigation", Navigation.forUser(user));
    }

    @Test
    void anApiCallADownloadOrARedirectGetsNoLayoutModel() {
        var user = TestUsers.admin(175);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        ModelAndView redirect = new ModelAndView("redirect:/daekning");

        layout.postHandle(request, response, new Object(), null);
        layout.postHandle(request, response, new Object(), redirect);

        assertThat(redirect.getModel()).isEmpty();
    }
}
