/**
 * The web UI: server-rendered pages (Thymeleaf, Vietnamese by default, English by the {@code lang} cookie),
 * with htmx for partial updates and ECharts for charts, both served from WebJars inside the jar.
 *
 * <table>
 *   <caption>Pages</caption>
 *   <tr><td>{@code GET/POST /dang-nhap}, {@code POST /dang-xuat}, {@code GET /ngon-ngu/{vi|en}}</td>
 *       <td>login form, logout, language switch</td></tr>
 *   <tr><td>{@code GET /} (also {@code /bang-dieu-khien}), {@code /bang-dieu-khien/mo-hinh},
 *       {@code /bang-dieu-khien/xuat}</td><td>dashboard, models behind a figure, CSV/XLSX export</td></tr>
 *   <tr><td>{@code GET/POST /tai-len}, {@code GET /tai-len/mau/{campaign}/{kind}.{csv|xlsx}}</td>
 *       <td>upload with check then store, history, templates</td></tr>
 *   <tr><td>{@code GET /nop-bao-cao}</td><td>submission board</td></tr>
 *   <tr><td>{@code GET /phong-trao}, {@code /phong-trao/{id}}, {@code GET/POST /phong-trao/{id}/sua}</td>
 *       <td>campaigns, a campaign, the managers' edit form</td></tr>
 *   <tr><td>{@code GET/POST /bo-tai-lieu}, {@code /bo-tai-lieu/danh-sach}, {@code /bo-tai-lieu/{id}/zip},
 *       {@code /bo-tai-lieu/{id}/{pdf|docx|xlsx}}</td><td>report packs</td></tr>
 * </table>
 *
 * <p>Pickers travel in the query string: {@code phong-trao} (campaign id), {@code ky} (period code) and
 * {@code don-vi} (unit code). Units are looked up in the structure of the period's last day, kept within the
 * life of the user's own unit.
 *
 * <p><b>Authentication.</b> The login form checks the password like {@code POST /login} and stores the same JWT,
 * with the same claims, in the {@code DVK_SESSION} cookie (HttpOnly, SameSite=Lax, Secure over HTTPS), read by
 * {@link dvk.web.SessionCookie}. Under {@code /api/} the cookie is ignored: the API stays bearer-only, so a
 * browser session can never be used against it from another site.
 *
 * <p><b>CSRF.</b> Signed double submit ({@link dvk.web.Csrf}): a random value in the {@code DVK_CSRF} cookie
 * (HttpOnly, SameSite=Strict) and, in every form (field {@code _csrf}) and every script request (header
 * {@code X-CSRF-Token}), an HMAC of it under a key derived from the token secret. Posts marked
 * {@code Sec-Fetch-Site: cross-site} are refused before any controller runs.
 *
 * <p>Scope is decided only by {@link dvk.access.UnitAccess} and {@link dvk.campaigns.Campaigns}: anything
 * outside it is the "Không tìm thấy trang" page, exactly as something that does not exist.
 */
package dvk.web;
